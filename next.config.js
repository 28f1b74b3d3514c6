// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Cached pages are served whole; hashing every 40 KB page for an ETag on each hit halved throughput in
  // `npm run bench` (pages are revalidated by tag, so conditional requests save little).
  generateEtags: false,
  serverExternalPackages: ['better-sqlite3'],
  // ESM-only packages the local lake and the article renderer import; next/jest transforms only these from node_modules, so jest can load them.
  transpilePackages: ['@sanity/mutator', 'lodash-es', '@portabletext/react', '@portabletext/toolkit', '@sanity/image-url'],
}

module.exports = nextConfig
