// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ['better-sqlite3'],
  // ESM-only packages the local lake imports; next/jest transforms only these from node_modules, so jest can load them.
  transpilePackages: ['@sanity/mutator', 'lodash-es'],
}

module.exports = nextConfig
