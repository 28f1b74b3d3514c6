import http from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'
import { REPLAY_HEADER, withFullPageCache, type RequestHandler } from '@/lib/serving/cached-request-handler'
import { cacheKeyFor, FullPageCache, storableLifetimeMs } from '@/lib/serving/full-page-cache'

describe('cacheKeyFor', () => {
  const request = (over: Partial<Parameters<typeof cacheKeyFor>[0]> = {}) => ({ method: 'GET', url: '/articles/a', headers: {}, ...over })

  it('keys a plain GET or HEAD document request by path and Accept-Encoding', () => {
    expect(cacheKeyFor(request())).toBe(' /articles/a')
    expect(cacheKeyFor(request({ method: 'HEAD' }))).toBe(' /articles/a')
    expect(cacheKeyFor(request({ headers: { 'accept-encoding': 'gzip, Deflate' } }))).toBe('gzip,deflate /articles/a')
  })

  it('sends everything else to Next: other methods, query strings, router payloads, actions, ranges, previews', () => {
    expect(cacheKeyFor(request({ method: 'POST' }))).toBeNull()
    expect(cacheKeyFor(request({ url: '/articles/a?utm_source=x' }))).toBeNull()
    expect(cacheKeyFor(request({ url: 'http://evil.example/' }))).toBeNull()
    expect(cacheKeyFor(request({ url: undefined }))).toBeNull()
    for (const header of ['rsc', 'next-action', 'next-router-prefetch', 'next-router-state-tree', 'range', 'authorization']) {
      expect(cacheKeyFor(request({ headers: { [header]: '1' } }))).toBeNull()
    }
    expect(cacheKeyFor(request({ headers: { cookie: 'consent=x; __prerender_bypass=abc' } }))).toBeNull()
    expect(cacheKeyFor(request({ headers: { cookie: '__next_preview_data=abc' } }))).toBeNull()
    // A reader's own cookies do not change the shared page.
    expect(cacheKeyFor(request({ headers: { cookie: 'site_consent=v1.analytics' } }))).toBe(' /articles/a')
  })
})

describe('storableLifetimeMs', () => {
  const hit = { 'x-nextjs-cache': 'HIT', 'cache-control': 's-maxage=31536000' }

  it("keeps what Next served from its full-route cache for its shared max age", () => {
    expect(storableLifetimeMs(200, hit)).toBe(31_536_000_000)
    expect(storableLifetimeMs(200, { ...hit, 'cache-control': 's-maxage=60, stale-while-revalidate=300' })).toBe(60_000)
  })

  it('refuses misses, stale answers, errors, cookies, private or uncacheable responses', () => {
    expect(storableLifetimeMs(200, { ...hit, 'x-nextjs-cache': 'MISS' })).toBeNull()
    expect(storableLifetimeMs(200, { ...hit, 'x-nextjs-cache': 'STALE' })).toBeNull()
    expect(storableLifetimeMs(200, { 'cache-control': 's-maxage=60' })).toBeNull()
    expect(storableLifetimeMs(404, hit)).toBeNull()
    expect(storableLifetimeMs(200, { ...hit, 'set-cookie': ['a=b'] })).toBeNull()
    expect(storableLifetimeMs(200, { ...hit, 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' })).toBeNull()
    expect(storableLifetimeMs(200, { ...hit, 'cache-control': 'public, max-age=0' })).toBeNull()
    expect(storableLifetimeMs(200, { ...hit, 'cache-control': 's-maxage=0' })).toBeNull()
  })
})

describe('FullPageCache', () => {
  const page = (text: string, lifetimeMs = 60_000) => ({ status: 200, headers: [], body: Buffer.from(text), lifetimeMs })

  it('expires entries after their lifetime', () => {
    let now = 1000
    const cache = new FullPageCache({ now: () => now })
    cache.set('k', page('x', 500), cache.generation)
    now = 1499
    expect(cache.get('k')?.body.toString()).toBe('x')
    now = 1500
    expect(cache.get('k')).toBeUndefined()
    expect(cache.size).toEqual({ entries: 0, bytes: 0 })
  })

  it('evicts the least recently used entries beyond its byte budget and refuses oversized bodies', () => {
    const cache = new FullPageCache({ maxBytes: 10, maxEntryBytes: 6 })
    cache.set('a', page('aaaa'), 0)
    cache.set('b', page('bbbb'), 0)
    cache.get('a')
    cache.set('c', page('cccc'), 0)
    expect(cache.get('b')).toBeUndefined()
    expect(cache.get('a')).toBeDefined()
    expect(cache.get('c')).toBeDefined()
    expect(cache.set('d', page('ddddddd'), 0)).toBe(false)
    expect(cache.size).toEqual({ entries: 2, bytes: 8 })
  })

  it('does not store a response that began before the latest purge, and tells its listeners of each purge', () => {
    const cache = new FullPageCache()
    const purges: number[] = []
    cache.onPurge(() => purges.push(cache.generation))
    const started = cache.generation
    cache.purge()
    expect(purges).toEqual([started + 1])
    expect(cache.set('k', page('stale'), started)).toBe(false)
    expect(cache.get('k')).toBeUndefined()
    expect(cache.set('k', page('fresh'), cache.generation)).toBe(true)
  })
})

describe('withFullPageCache, in front of a stand-in for Next', () => {
  let server: http.Server
  let base: string
  let cache: FullPageCache
  let calls: string[]
  let pageText: string
  let cacheHeader: string
  let beforeEnd: (() => void) | undefined

  // Writes the page in two chunks like a streamed render, gzipped when asked, as Next's compression does.
  const fakeNext: RequestHandler = async (req, res) => {
    calls.push(`${req.method} ${req.url}`)
    res.statusCode = req.url === '/missing' ? 404 : 200
    res.setHeader('content-type', 'text/html; charset=utf-8')
    res.setHeader('x-nextjs-cache', cacheHeader)
    res.setHeader('cache-control', 's-maxage=31536000')
    res.setHeader('vary', 'rsc, accept-encoding')
    const html = Buffer.from(pageText)
    if (String(req.headers['accept-encoding'] ?? '').includes('gzip')) {
      res.setHeader('content-encoding', 'gzip')
      const zipped = zlib.gzipSync(html)
      res.write(zipped.subarray(0, 10))
      beforeEnd?.()
      res.end(zipped.subarray(10))
    } else {
      res.write(pageText.slice(0, 5), 'utf8')
      beforeEnd?.()
      res.end(Buffer.from(pageText.slice(5)))
    }
  }

  function request(path: string, headers: Record<string, string> = {}, method = 'GET') {
    return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const req = http.request(`${base}${path}`, { method, headers, agent: false }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      })
      req.on('error', reject)
      req.end()
    })
  }

  beforeEach(async () => {
    cache = new FullPageCache()
    calls = []
    pageText = '<!DOCTYPE html><h1>Article one</h1>'
    cacheHeader = 'HIT'
    beforeEnd = undefined
    const serve = withFullPageCache(cache, fakeNext)
    server = http.createServer((req, res) => void serve(req, res))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it("answers the second request from memory with Next's exact bytes and headers", async () => {
    const first = await request('/articles/one')
    const second = await request('/articles/one')
    expect(calls).toEqual(['GET /articles/one'])
    expect(second.body.toString()).toBe(pageText)
    expect(second.body.equals(first.body)).toBe(true)
    expect(second.headers[REPLAY_HEADER]).toBe('HIT')
    expect(first.headers[REPLAY_HEADER]).toBeUndefined()
    expect(second.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(second.headers['vary']).toBe('rsc, accept-encoding')
    expect(second.headers['content-length']).toBe(String(Buffer.byteLength(pageText)))
  })

  it('keeps one copy per Accept-Encoding: gzip readers get the gzipped bytes, others the plain ones', async () => {
    await request('/articles/one', { 'accept-encoding': 'gzip' })
    const zipped = await request('/articles/one', { 'accept-encoding': 'gzip' })
    expect(zipped.headers[REPLAY_HEADER]).toBe('HIT')
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(zipped.body).toString()).toBe(pageText)
    const plain = await request('/articles/one')
    expect(plain.headers[REPLAY_HEADER]).toBeUndefined()
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(pageText)
  })

  it('answers HEAD from memory without a body', async () => {
    await request('/articles/one')
    const head = await request('/articles/one', {}, 'HEAD')
    expect(head.headers[REPLAY_HEADER]).toBe('HIT')
    expect(head.body.length).toBe(0)
    expect(calls).toEqual(['GET /articles/one'])
  })

  it('stores nothing Next did not serve from its cache, nor errors, nor draft-mode requests', async () => {
    cacheHeader = 'MISS'
    await request('/articles/one')
    await request('/articles/one')
    cacheHeader = 'HIT'
    await request('/missing')
    await request('/missing')
    await request('/articles/one', { cookie: '__prerender_bypass=1' })
    await request('/articles/one', { cookie: '__prerender_bypass=1' })
    expect(calls).toHaveLength(6)
  })

  it('after a purge serves the new page, and never stores a response that was under way during the purge', async () => {
    await request('/articles/one')
    cache.purge()
    pageText = '<!DOCTYPE html><h1>Article one, corrected</h1>'
    // This response started before the next purge and finishes after it: it must not be kept.
    beforeEnd = () => cache.purge()
    const during = await request('/articles/one')
    expect(during.body.toString()).toContain('corrected')
    beforeEnd = undefined
    const next = await request('/articles/one')
    expect(next.headers[REPLAY_HEADER]).toBeUndefined()
    const replayed = await request('/articles/one')
    expect(replayed.headers[REPLAY_HEADER]).toBe('HIT')
    expect(replayed.body.toString()).toContain('corrected')
    expect(calls).toHaveLength(3)
  })
})
