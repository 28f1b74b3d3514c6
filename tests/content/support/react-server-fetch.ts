/**
 * Run with `node --conditions=react-server --import tsx` (the export conditions Next.js bundles Server
 * Components with): loads the real getters and records what reaches the global `fetch`, which Next patches.
 */
const calls: Array<{ url: string; init: Record<string, unknown> | undefined }> = []
globalThis.fetch = (async (url: unknown, init?: Record<string, unknown>) => {
  calls.push({ url: String(url), init })
  return new Response(JSON.stringify({ result: ['a-slug'], ms: 1 }), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  })
}) as typeof fetch

async function main() {
  const { getAllArticleSlugs } = await import('@/lib/content/articles')
  const slugs = await getAllArticleSlugs()
  const seen = calls.map((c) => ({ url: c.url, cache: c.init?.cache, next: c.init?.next, hasSignal: 'signal' in (c.init ?? {}) }))
  process.stdout.write(JSON.stringify({ slugs, calls: seen }))
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
