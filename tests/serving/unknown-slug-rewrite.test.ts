import type { IncomingMessage, ServerResponse } from 'node:http'
import type { SlugDirectory } from '@/lib/content/routable-slugs'
import { withUnknownSlugRewrite } from '@/lib/serving/unknown-slug-rewrite'

function directoryOf(known: string[], failing = false): SlugDirectory & { asked: string[] } {
  const asked: string[] = []
  return {
    asked,
    async has(kind, slug) {
      asked.push(`${kind}:${slug}`)
      if (failing) throw new Error('content source down')
      return known.includes(`${kind}:${slug}`)
    },
    forget() {},
  }
}

async function urlSeenByNext(directory: SlugDirectory, url: string, init: { method?: string; cookie?: string } = {}): Promise<string | undefined> {
  let seen: string | undefined
  const handler = withUnknownSlugRewrite(directory, async (req) => {
    seen = req.url
  })
  const req = { method: init.method ?? 'GET', url, headers: init.cookie ? { cookie: init.cookie } : {} } as IncomingMessage
  await handler(req, {} as ServerResponse)
  return seen
}

describe('withUnknownSlugRewrite', () => {
  const directory = directoryOf(['article:known', 'author:jane', 'page:about'])

  it('sends unknown slugs to the unmatched path that renders the real 404 page, keeping the query', async () => {
    expect(await urlSeenByNext(directory, '/articles/missing')).toBe('/_/not-found')
    expect(await urlSeenByNext(directory, '/authors/nobody/page/2?x=1')).toBe('/_/not-found?x=1')
    expect(await urlSeenByNext(directory, '/no-such-page', { method: 'HEAD' })).toBe('/_/not-found')
  })

  it('passes known slugs, other paths, form posts and draft previews untouched', async () => {
    expect(await urlSeenByNext(directory, '/articles/known')).toBe('/articles/known')
    expect(await urlSeenByNext(directory, '/authors/jane/page/2')).toBe('/authors/jane/page/2')
    expect(await urlSeenByNext(directory, '/search?q=x')).toBe('/search?q=x')
    expect(await urlSeenByNext(directory, '/articles/missing', { method: 'POST' })).toBe('/articles/missing')
    expect(await urlSeenByNext(directory, '/articles/draft-only', { cookie: 'a=b; __prerender_bypass=1' })).toBe('/articles/draft-only')
  })

  it('lets the page render and report when the content source cannot be asked', async () => {
    const down = directoryOf([], true)
    expect(await urlSeenByNext(down, '/articles/anything')).toBe('/articles/anything')
    expect(down.asked).toEqual(['article:anything'])
  })
})
