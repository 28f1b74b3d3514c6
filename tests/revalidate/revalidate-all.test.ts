import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { FullPageCache, registerFullPageCache } from '@/lib/serving/full-page-cache'

const revalidatePath = jest.fn()
jest.mock('next/cache', () => ({ revalidatePath: (...args: unknown[]) => revalidatePath(...args) }))
const afterResponse: Array<() => unknown> = []
jest.mock('next/server', () => ({ after: (callback: () => unknown) => afterResponse.push(callback) }))

const SECRET = 'test-revalidate-all-secret'
process.env.SANITY_REVALIDATE_SECRET = SECRET

let POST: (typeof import('@/app/api/revalidate/all/route'))['POST']
beforeAll(async () => {
  ;({ POST } = await import('@/app/api/revalidate/all/route'))
})
beforeEach(() => {
  revalidatePath.mockClear()
  afterResponse.length = 0
})

async function request(body: string, secret: string | null = SECRET): Promise<Request> {
  const headers: Record<string, string> = {}
  if (secret) headers[SIGNATURE_HEADER_NAME] = await encodeSignatureHeader(body, Date.now(), secret)
  return new Request('http://localhost/api/revalidate/all', { method: 'POST', headers, body })
}

describe('POST /api/revalidate/all', () => {
  it('expires every page under the root layout, then empties the site server cache after the response', async () => {
    const cache = new FullPageCache()
    registerFullPageCache(cache)
    cache.set(' /', { status: 200, headers: [], body: Buffer.from('old'), lifetimeMs: 60_000 }, cache.generation)
    const res = await POST(await request('{"reason":"server start"}'))
    expect(res.status).toBe(200)
    expect(revalidatePath.mock.calls).toEqual([['/', 'layout']])
    expect(cache.get(' /')).toBeDefined()
    for (const callback of afterResponse) await callback()
    expect(cache.get(' /')).toBeUndefined()
  })

  it('answers 401 and expires nothing when unsigned, signed with another secret or tampered with', async () => {
    expect((await POST(await request('{}', null))).status).toBe(401)
    expect((await POST(await request('{}', 'another-secret'))).status).toBe(401)
    const good = await request('{"a":1}')
    expect((await POST(new Request(good.url, { method: 'POST', headers: good.headers, body: '{"a":2}' }))).status).toBe(401)
    expect(revalidatePath).not.toHaveBeenCalled()
    expect(afterResponse).toHaveLength(0)
  })
})
