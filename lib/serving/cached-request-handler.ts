import type { IncomingMessage, ServerResponse } from 'node:http'
import { cacheKeyFor, replayableHeaders, storableLifetimeMs, type FullPageCache } from './full-page-cache'

/** Marks a response the site server answered from memory, without reaching Next. */
export const REPLAY_HEADER = 'x-full-page-cache'

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>

type Write = ServerResponse['write']
type End = ServerResponse['end']

/**
 * Wraps Next's request handler: a request the cache holds is answered from memory; any other cacheable request
 * goes to Next while the bytes it writes (after Next's own compression) are recorded, and the response is kept
 * when Next marks it as a shared cache hit.
 */
export function withFullPageCache(cache: FullPageCache, next: RequestHandler): RequestHandler {
  return async (req, res) => {
    const key = cacheKeyFor(req)
    if (key === null) return next(req, res)
    const hit = cache.get(key)
    if (hit) {
      res.statusCode = hit.status
      for (const [name, value] of hit.headers) res.setHeader(name, value)
      res.setHeader('content-length', hit.body.length)
      res.setHeader(REPLAY_HEADER, 'HIT')
      res.end(req.method === 'HEAD' ? undefined : hit.body)
      return
    }
    if (req.method !== 'GET') return next(req, res)
    record(cache, key, res)
    return next(req, res)
  }
}

function record(cache: FullPageCache, key: string, res: ServerResponse): void {
  const generation = cache.generation
  const chunks: Buffer[] = []
  let bytes = 0
  let tooBig = false
  const keep = (chunk: unknown, encoding: unknown) => {
    if (tooBig || chunk === undefined || chunk === null || typeof chunk === 'function') return
    const buffer = Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
          : undefined
    if (!buffer) return
    bytes += buffer.length
    if (bytes > cache.maxEntryBytes) {
      tooBig = true
      chunks.length = 0
      return
    }
    // Copy: the writer may reuse its buffer once write() returns.
    chunks.push(Buffer.from(buffer))
  }
  const write = res.write.bind(res) as (...args: unknown[]) => boolean
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
  res.write = ((...args: unknown[]) => {
    keep(args[0], args[1])
    return write(...args)
  }) as Write
  res.end = ((...args: unknown[]) => {
    keep(args[0], args[1])
    const result = end(...args)
    if (!tooBig) {
      const headers = res.getHeaders()
      const lifetimeMs = storableLifetimeMs(res.statusCode, headers)
      if (lifetimeMs !== null) {
        cache.set(key, { status: res.statusCode, headers: replayableHeaders(headers), body: Buffer.concat(chunks), lifetimeMs }, generation)
      }
    }
    return result
  }) as End
}
