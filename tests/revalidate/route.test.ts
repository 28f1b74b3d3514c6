import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { FullPageCache, registerFullPageCache } from '@/lib/serving/full-page-cache'

const revalidateTag = jest.fn()
jest.mock('next/cache', () => ({ revalidateTag: (...args: unknown[]) => revalidateTag(...args) }))
// Next runs `after` callbacks once the response is sent; here they wait until a test runs them.
const afterResponse: Array<() => unknown> = []
jest.mock('next/server', () => ({ after: (callback: () => unknown) => afterResponse.push(callback) }))

const SECRET = 'test-revalidate-secret'
process.env.SANITY_REVALIDATE_SECRET = SECRET

type RouteModule = typeof import('@/app/api/revalidate/route')
let POST: RouteModule['POST']

beforeAll(async () => {
  ;({ POST } = await import('@/app/api/revalidate/route'))
})

beforeEach(() => {
  revalidateTag.mockClear()
  afterResponse.length = 0
})

async function signed(body: string, secret = SECRET): Promise<Request> {
  const signature = await encodeSignatureHeader(body, Date.now(), secret)
  return new Request('http://localhost/api/revalidate', {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: signature },
    body,
  })
}

function revalidated(): string[] {
  return revalidateTag.mock.calls.map(([tag]) => tag as string).sort()
}

describe('POST /api/revalidate', () => {
  it('expires at once exactly the tags of a changed article, its old slug, its authors and topics, and articles that reference it', async () => {
    const body = JSON.stringify({
      _id: 'article-1',
      _type: 'article',
      before: { _id: 'article-1', _type: 'article', slug: 'old-slug', authors: ['jane'], topics: ['trade'] },
      after: { _id: 'article-1', _type: 'article', slug: 'new-slug', authors: ['jane', 'omar'], topics: ['trade'] },
      referencingArticles: ['other-article'],
    })
    const res = await POST(await signed(body))
    expect(res.status).toBe(200)
    expect(revalidated()).toEqual(
      ['article:new-slug', 'article:old-slug', 'article:other-article', 'articles', 'author:jane', 'author:omar', 'topic:trade'].sort(),
    )
    for (const call of revalidateTag.mock.calls) expect(call[1]).toEqual({ expire: 0 })
    expect(((await res.json()) as { revalidated: string[] }).revalidated).toHaveLength(7)
  })

  it('refreshes an author page and every article that shows the author', async () => {
    const author = { _id: 'author-jane', _type: 'author', slug: 'jane' }
    const res = await POST(await signed(JSON.stringify({ ...author, before: author, after: author, referencingArticles: ['a', 'b'] })))
    expect(res.status).toBe(200)
    expect(revalidated()).toEqual(['article:a', 'article:b', 'articles', 'author:jane'])
  })

  it('handles topics, pages, singletons, deletions and a plain document body', async () => {
    await POST(await signed(JSON.stringify({ _id: 't', _type: 'topic', before: null, after: { _id: 't', _type: 'topic', slug: 'trade' } })))
    expect(revalidated()).toEqual(['articles', 'topic:trade'])
    revalidateTag.mockClear()
    await POST(await signed(JSON.stringify({ _id: 'siteSettings', _type: 'siteSettings', before: { _id: 'siteSettings', _type: 'siteSettings' }, after: { _id: 'siteSettings', _type: 'siteSettings' } })))
    expect(revalidated()).toEqual(['siteSettings'])
    revalidateTag.mockClear()
    await POST(await signed(JSON.stringify({ _id: 'consentSettings', _type: 'consentSettings', after: { _id: 'consentSettings', _type: 'consentSettings' } })))
    expect(revalidated()).toEqual(['consentSettings'])
    revalidateTag.mockClear()
    // Deleted article: only `before` is left.
    await POST(await signed(JSON.stringify({ _id: 'a1', _type: 'article', before: { _id: 'a1', _type: 'article', slug: 'gone', authors: ['jane'], topics: [] }, after: null })))
    expect(revalidated()).toEqual(['article:gone', 'articles', 'author:jane'])
    revalidateTag.mockClear()
    // A webhook configured with Sanity's default projection sends the document itself.
    await POST(await signed(JSON.stringify({ _id: 'p1', _type: 'page', slug: { current: 'privacy' }, title: 'Privacy' })))
    expect(revalidated()).toEqual(['articles', 'page:privacy'])
  })

  it("empties the site server's full-page cache only after the response, when Next has applied the expiries", async () => {
    const cache = new FullPageCache()
    registerFullPageCache(cache)
    const page = { status: 200, headers: [], body: Buffer.from('<p>old</p>'), lifetimeMs: 60_000 }
    cache.set(' /articles/x', page, cache.generation)
    const body = JSON.stringify({ _id: 'a1', _type: 'article', after: { _id: 'a1', _type: 'article', slug: 'x' } })
    expect((await POST(await signed(body))).status).toBe(200)
    expect(cache.get(' /articles/x')).toBeDefined()
    for (const callback of afterResponse) await callback()
    expect(cache.get(' /articles/x')).toBeUndefined()

    cache.set(' /articles/x', page, cache.generation)
    afterResponse.length = 0
    expect((await POST(await signed(body, 'wrong-secret'))).status).toBe(401)
    const draft = { _id: 'drafts.a1', _type: 'article', slug: 'x' }
    expect((await POST(await signed(JSON.stringify({ ...draft, before: draft, after: draft })))).status).toBe(200)
    expect(afterResponse).toHaveLength(0)
    expect(cache.get(' /articles/x')).toBeDefined()
  })

  it('revalidates nothing for drafts', async () => {
    const draft = { _id: 'drafts.a1', _type: 'article', slug: 'x', authors: ['jane'], topics: ['t'] }
    const res = await POST(await signed(JSON.stringify({ _id: 'drafts.a1', _type: 'article', before: draft, after: draft, referencingArticles: ['y'] })))
    expect(res.status).toBe(200)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it('answers 401 and revalidates nothing without a signature, with a wrong secret, a tampered body or a malformed header', async () => {
    const body = JSON.stringify({ _id: 'a1', _type: 'article', after: { _id: 'a1', _type: 'article', slug: 'x' } })
    const unsigned = new Request('http://localhost/api/revalidate', { method: 'POST', body })
    expect((await POST(unsigned)).status).toBe(401)
    expect((await POST(await signed(body, 'wrong-secret'))).status).toBe(401)
    const good = await signed(body)
    const tampered = new Request(good.url, { method: 'POST', headers: good.headers, body: body.replace('"x"', '"y"') })
    expect((await POST(tampered)).status).toBe(401)
    const malformed = new Request(good.url, { method: 'POST', headers: { [SIGNATURE_HEADER_NAME]: 'v1=abc' }, body })
    expect((await POST(malformed)).status).toBe(401)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it('answers 400 for a signed body that is not JSON or not a document change', async () => {
    expect((await POST(await signed('not json'))).status).toBe(400)
    expect((await POST(await signed('[1,2]'))).status).toBe(400)
    const res = await POST(await signed(JSON.stringify({ _type: 'article' })))
    expect(res.status).toBe(400)
    expect(((await res.json()) as { message: string }).message).toMatch(/_id/)
    expect(revalidateTag).not.toHaveBeenCalled()
  })
})
