// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Cached pages are served whole; hashing every 40 KB page for an ETag on each hit halved throughput in
  // `npm run bench` (pages are revalidated by tag, so conditional requests save little).
  generateEtags: false,
  serverExternalPackages: ['better-sqlite3'],
  // Pages rendered on demand stay in memory instead of being written to .next: the writes sat on every cold render's
  // path (`npm run bench`: cold p50 about 10 ms lower). What the build prerendered is still read from disk, and the
  // site server expires it all when it starts (/api/revalidate/all), so a restart never serves an old copy.
  experimental: { isrFlushToDisk: false },
  // ESM-only packages the local lake and the article renderer import; next/jest transforms only these from node_modules, so jest can load them.
  transpilePackages: ['@sanity/mutator', 'lodash-es', '@portabletext/react', '@portabletext/toolkit', '@sanity/image-url'],
}

module.exports = nextConfig
