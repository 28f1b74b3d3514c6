// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ['better-sqlite3'],
  // ESM-only packages the local lake and the article renderer import; next/jest transforms only these from node_modules, so jest can load them.
  transpilePackages: ['@sanity/mutator', 'lodash-es', '@portabletext/react', '@portabletext/toolkit', '@sanity/image-url'],
}

module.exports = nextConfig
