/**
 * The production server (`npm start`, scripts/site-server.ts): cached pages are replayed from memory byte for
 * byte, per Accept-Encoding, and a publish still reaches readers because the revalidation webhook empties that
 * copy. No browser needed: plain HTTP, so the exact bytes and headers are visible.
 */
import http from 'node:http'
import zlib from 'node:zlib'
import { baseUrl } from './browser'
import { loadSeed } from './seed'

const LAKE_URL = process.env.LAKE_URL
const RUN = Date.now().toString(36)
const ARTICLE_ID = `e2e-serving-${RUN}`
const SLUG = `serving-check-${RUN}`

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer }

function get(path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    http
      .get(`${baseUrl()}${path}`, { headers, agent: false }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
  })
}

async function mutate(mutations: unknown[]): Promise<void> {
  if (!LAKE_URL) throw new Error('LAKE_URL is not set: run the browser tests with `npm run test:e2e`')
  const res = await fetch(`${LAKE_URL.replace(/\/$/, '')}/v2025-02-19/data/mutate/production`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ mutations }),
  })
  if (!res.ok) throw new Error(`mutate: ${res.status} ${await res.text()}`)
}

async function until(what: string, probe: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

const replayed = (reply: Reply) => reply.headers['x-full-page-cache'] === 'HIT'

/** Requests a page until the site server answers it from memory (Next marks a fresh render MISS, its cache HIT). */
async function cached(path: string, headers: Record<string, string> = {}): Promise<Reply> {
  let reply = await get(path, headers)
  for (let i = 0; i < 5 && !replayed(reply); i++) reply = await get(path, headers)
  return reply
}

afterAll(() => mutate([{ delete: { id: ARTICLE_ID } }, { delete: { id: `drafts.${ARTICLE_ID}` } }]).catch(() => undefined))

describe('the production server in front of Next', () => {
  const article = loadSeed().articles[0]!
  const path = `/articles/${article.slug}`

  it("replays a cached article with Next's own bytes, plain and gzipped", async () => {
    const fromNext = await get(path)
    const fromMemory = await cached(path)
    expect(replayed(fromMemory)).toBe(true)
    expect(fromMemory.status).toBe(200)
    expect(fromMemory.body.equals(fromNext.body)).toBe(true)
    expect(fromMemory.headers['content-type']).toMatch(/^text\/html/)
    expect(fromMemory.body.toString()).toContain(`/articles/${article.slug}`)

    const zipped = await cached(path, { 'accept-encoding': 'gzip' })
    expect(replayed(zipped)).toBe(true)
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(zipped.body).equals(fromNext.body)).toBe(true)
  })

  it('passes query strings, router payloads and draft-mode requests to Next', async () => {
    await cached(path)
    expect(replayed(await get(`${path}?utm_source=newsletter`))).toBe(false)
    expect(replayed(await get(path, { rsc: '1' }))).toBe(false)
    expect(replayed(await get(path, { cookie: '__prerender_bypass=whatever' }))).toBe(false)
  })

  it("redirects ?page=n on a list to the page's own address and sends unknown slugs to the full 404 page", async () => {
    const home = await get('/?page=2')
    expect(home.status).toBe(308)
    expect(home.headers.location).toBe('/page/2')
    const missing = await get('/articles/no-such-article-anywhere')
    expect(missing.status).toBe(404)
    // The real not-found page with the site's layout, not Next's empty error shell.
    expect(missing.body.toString()).toMatch(/<main[^>]*id="content"[^]*<h1>Page not found<\/h1>/)
  })

  it('answers listing pages past the end, or with no page number, with the full 404 page', async () => {
    const topic = loadSeed().topics[0]!
    const author = loadSeed().authors[0]!
    for (const path of [
      '/page/999',
      '/page/abc',
      '/page/0',
      `/topics/${topic.slug}/page/999`,
      `/topics/${topic.slug}/page/02`,
      `/authors/${author.slug}/page/999`,
    ]) {
      const reply = await get(path)
      expect({ path, status: reply.status }).toEqual({ path, status: 404 })
      expect(reply.body.toString()).toMatch(/<main[^>]*id="content"[^]*<h1>Page not found<\/h1>/)
    }
    expect((await get('/page/2')).status).toBe(200)
  })

  it('shows a published change, then a deletion, although the page was answered from memory', async () => {
    const author = loadSeed().authors[0]!
    const topic = loadSeed().topics[0]!
    const doc = {
      _id: ARTICLE_ID,
      _type: 'article',
      title: `Serving check ${RUN}`,
      slug: { _type: 'slug', current: SLUG },
      standfirst: 'An article the serving test changes.',
      authors: [{ _key: 'a1', _type: 'reference', _ref: author.id }],
      topics: [{ _key: 't1', _type: 'reference', _ref: topic.id }],
      publishedAt: '2020-01-01T09:00:00Z',
      body: [{ _key: 'b1', _type: 'block', style: 'normal', markDefs: [], children: [{ _key: 's1', _type: 'span', marks: [], text: 'Body.' }] }],
    }
    await mutate([{ create: doc }])
    const articlePath = `/articles/${SLUG}`
    await until('the new article', async () => (await get(articlePath)).body.toString().includes(`Serving check ${RUN}`))
    expect(replayed(await cached(articlePath))).toBe(true)

    await mutate([{ patch: { id: ARTICLE_ID, set: { title: `Serving check ${RUN}, corrected` } } }])
    await until('the corrected title', async () => (await get(articlePath)).body.toString().includes(`Serving check ${RUN}, corrected`))
    const again = await cached(articlePath)
    expect(replayed(again)).toBe(true)
    expect(again.body.toString()).toContain(`Serving check ${RUN}, corrected`)

    await mutate([{ delete: { id: ARTICLE_ID } }])
    await until('the 404 after deletion', async () => (await get(articlePath)).status === 404)
  })
})
