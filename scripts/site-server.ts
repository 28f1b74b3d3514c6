/**
 * The production server (`npm start`): Next's own request handler behind the full-page cache
 * (lib/serving/full-page-cache.ts), the unknown-slug rewrite (lib/serving/unknown-slug-rewrite.ts) and the
 * `?page=n` redirect (lib/serving/page-query-redirect.ts). Same flags as `next start`: -p/--port, -H/--hostname, or PORT/HOSTNAME.
 */
import http from 'node:http'
import next from 'next'
import { createClient } from '@sanity/client'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { clientConfigFor } from '../lib/content/client-config'
import { createSlugDirectory } from '../lib/content/routable-slugs'
import { resolveContentSource } from '../lib/content/source'
import { withFullPageCache } from '../lib/serving/cached-request-handler'
import { FullPageCache, registerFullPageCache } from '../lib/serving/full-page-cache'
import { withPageQueryRedirect } from '../lib/serving/page-query-redirect'
import { withUnknownSlugRewrite } from '../lib/serving/unknown-slug-rewrite'

function option(short: string, long: string): string | undefined {
  const args = process.argv.slice(2)
  const i = args.findIndex((a) => a === short || a === long)
  return i >= 0 ? args[i + 1] : undefined
}

/**
 * Pages from the build, or from before a restart, may be older than the content: webhooks sent while no server
 * listened are lost. So a starting server expires every cached page once, through the signed route.
 */
async function expireEverything(hostname: string, port: number): Promise<void> {
  const secret = process.env.SANITY_REVALIDATE_SECRET
  if (!secret) {
    console.warn('SANITY_REVALIDATE_SECRET is not set: pages are served as the build rendered them until one is set')
    return
  }
  const body = JSON.stringify({ reason: 'server start', at: new Date().toISOString() })
  try {
    // A wildcard address is reachable on loopback; a specific one only on itself.
    const host = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname.includes(':') ? `[${hostname}]` : hostname
    const res = await fetch(`http://${host}:${port}/api/revalidate/all`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), secret) },
      body,
    })
    if (!res.ok) console.error(`Expiring cached pages at start failed: ${res.status} ${await res.text()}`)
  } catch (error) {
    console.error(`Expiring cached pages at start failed: ${error instanceof Error ? error.message : String(error)}`)
  }
}

async function main(): Promise<void> {
  const port = Number(option('-p', '--port') ?? process.env.PORT ?? 3000)
  const hostname = option('-H', '--hostname') ?? process.env.HOSTNAME ?? '0.0.0.0'
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`not a port: ${port}`)
  // `--dev` (npm run dev): Next's dev server with the same unknown-slug rewrite, and no page cache.
  const dev = process.argv.includes('--dev')
  ;(process.env as Record<string, string>).NODE_ENV = dev ? 'development' : 'production'

  const server = http.createServer()
  const app = next({ dev, dir: process.cwd(), hostname, port, httpServer: server })
  const handle = app.getRequestHandler()
  await app.prepare()

  const client = createClient(clientConfigFor(resolveContentSource(), process.env.SANITY_API_READ_TOKEN || undefined))
  const directory = createSlugDirectory({ fetch: (query, params) => client.fetch(query, params ?? {}) })
  const cache = new FullPageCache()
  cache.onPurge(() => directory.forget())
  registerFullPageCache(cache)
  const toNext = withPageQueryRedirect(withUnknownSlugRewrite(directory, (req, res) => handle(req, res)))
  const serve = dev ? toNext : withFullPageCache(cache, toNext)
  server.on('request', (req, res) => {
    serve(req, res).catch((error: unknown) => {
      console.error(error)
      if (!res.headersSent) {
        res.statusCode = 500
        res.setHeader('content-type', 'text/plain; charset=utf-8')
      }
      res.end(res.headersSent ? undefined : 'Internal Server Error')
    })
  })
  server.listen(port, hostname, () => {
    const address = server.address()
    const listening = typeof address === 'object' && address ? address.port : port
    console.log(`Site server (${dev ? 'development' : 'production build, full-page cache'}) listening on http://${hostname}:${listening}`)
    if (!dev) void expireEverything(hostname, listening)
  })
  const stop = () => {
    server.close(() => process.exit(0))
    setTimeout(() => process.exit(0), 3000).unref()
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
