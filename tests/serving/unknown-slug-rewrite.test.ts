import type { IncomingMessage, ServerResponse } from 'node:http'
import type { SlugDirectory } from '@/lib/content/routable-slugs'
import { withUnknownSlugRewrite } from '@/lib/serving/unknown-slug-rewrite'

/** `pages`: how many pages each listing has, by `latest`, `topic:slug` or `author:slug`. */
function directoryOf(known: string[], failing = false, pages: Record<string, number> = {}): SlugDirectory & { asked: string[] } {
  const asked: string[] = []
  return {
    asked,
    async has(kind, slug) {
      asked.push(`${kind}:${slug}`)
      if (failing) throw new Error('content source down')
      return known.includes(`${kind}:${slug}`)
    },
    async hasListingPage(listing, page) {
      const key = listing.listing === 'latest' ? 'latest' : `${listing.listing}:${listing.slug}`
      asked.push(`${key} page ${page}`)
      if (failing) throw new Error('content source down')
      return page <= (pages[key] ?? 1)
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
    expect(await urlSeenByNext(directory, '/authors/jane')).toBe('/authors/jane')
    expect(await urlSeenByNext(directory, '/search?q=x')).toBe('/search?q=x')
    expect(await urlSeenByNext(directory, '/articles/missing', { method: 'POST' })).toBe('/articles/missing')
    expect(await urlSeenByNext(directory, '/articles/draft-only', { cookie: 'a=b; __prerender_bypass=1' })).toBe('/articles/draft-only')
  })

  it('lets the page render and report when the content source cannot be asked', async () => {
    const down = directoryOf([], true)
    expect(await urlSeenByNext(down, '/articles/anything')).toBe('/articles/anything')
    expect(down.asked).toEqual(['article:anything'])
    expect(await urlSeenByNext(down, '/page/4')).toBe('/page/4')
  })

  describe('listing pages', () => {
    const listings = directoryOf(['topic:trade', 'author:jane'], false, { latest: 3, 'topic:trade': 2, 'author:jane': 1 })

    it('passes pages that hold articles, and page 1 (Next redirects it to the listing)', async () => {
      expect(await urlSeenByNext(listings, '/page/3')).toBe('/page/3')
      expect(await urlSeenByNext(listings, '/page/1')).toBe('/page/1')
      expect(await urlSeenByNext(listings, '/topics/trade/page/2')).toBe('/topics/trade/page/2')
      expect(await urlSeenByNext(listings, '/authors/jane/page/1')).toBe('/authors/jane/page/1')
    })

    it('sends pages past the end to the real 404 page', async () => {
      expect(await urlSeenByNext(listings, '/page/4')).toBe('/_/not-found')
      expect(await urlSeenByNext(listings, '/topics/trade/page/3?ref=x')).toBe('/_/not-found?ref=x')
      expect(await urlSeenByNext(listings, '/authors/jane/page/2')).toBe('/_/not-found')
      expect(await urlSeenByNext(listings, '/page/10000')).toBe('/_/not-found')
    })

    it('sends segments that are no page number there without asking for a count', async () => {
      const asked = listings.asked.length
      for (const segment of ['0', '01', '-1', 'abc', '1.5', '1e3', '10001', '99999999999', '%31']) {
        expect(await urlSeenByNext(listings, `/page/${segment}`)).toBe('/_/not-found')
        expect(await urlSeenByNext(listings, `/topics/trade/page/${segment}`)).toBe('/_/not-found')
      }
      expect(listings.asked.slice(asked).every((entry) => !entry.includes(' page '))).toBe(true)
    })

    it('checks the slug before the page, and leaves feeds and deeper paths alone', async () => {
      expect(await urlSeenByNext(listings, '/topics/unknown/page/2')).toBe('/_/not-found')
      expect(listings.asked.at(-1)).toBe('topic:unknown')
      expect(await urlSeenByNext(listings, '/topics/trade/feed.xml')).toBe('/topics/trade/feed.xml')
      expect(await urlSeenByNext(listings, '/page/2/extra')).toBe('/page/2/extra')
    })
  })
})
