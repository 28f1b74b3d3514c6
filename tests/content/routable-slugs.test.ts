import { createSlugDirectory, LISTING_TOTAL_QUERIES, listingPageOf, routableRouteOf } from '@/lib/content/routable-slugs'
import { DEFAULT_PAGE_SIZE } from '@/lib/content/pagination'

function fakeSource(initial: { article?: unknown[] }) {
  const state = { article: initial.article ?? [], author: [], topic: [], page: ['privacy'] }
  const calls: number[] = []
  return {
    state,
    calls,
    fetch: async () => {
      calls.push(1)
      return { ...state, article: [...state.article] }
    },
  }
}

describe('createSlugDirectory', () => {
  it('knows existing slugs and refuses unknown ones, ignoring invalid entries', async () => {
    const source = fakeSource({ article: ['known', 'Not A Slug', null] })
    const directory = createSlugDirectory({ fetch: source.fetch })
    expect(await directory.has('article', 'known')).toBe(true)
    expect(await directory.has('article', 'unknown')).toBe(false)
    expect(await directory.has('article', 'Not A Slug')).toBe(false)
    expect(await directory.has('page', 'privacy')).toBe(true)
  })

  it('finds an article published after the last refresh once the throttle allows a refetch', async () => {
    let clock = 0
    const source = fakeSource({ article: ['old'] })
    const directory = createSlugDirectory({ fetch: source.fetch, refreshAfterMs: 250, now: () => clock })
    expect(await directory.has('article', 'old')).toBe(true)
    source.state.article.push('new')
    expect(await directory.has('article', 'new')).toBe(false)
    clock = 300
    expect(await directory.has('article', 'new')).toBe(true)
  })

  it('does not refetch for every unknown slug within the throttle window', async () => {
    let clock = 0
    const source = fakeSource({ article: ['a'] })
    const directory = createSlugDirectory({ fetch: source.fetch, now: () => clock })
    await directory.has('article', 'a')
    for (let i = 0; i < 20; i++) await directory.has('article', `missing-${i}`)
    expect(source.calls).toHaveLength(1)
    clock = 1000
    await directory.has('article', 'missing-again')
    expect(source.calls).toHaveLength(2)
  })

  it('shares one request between concurrent lookups and surfaces a failing source', async () => {
    const source = fakeSource({ article: ['a'] })
    const directory = createSlugDirectory({ fetch: source.fetch })
    await Promise.all([directory.has('article', 'a'), directory.has('article', 'b'), directory.has('author', 'c')])
    expect(source.calls).toHaveLength(1)
    const failing = createSlugDirectory({ fetch: async () => Promise.reject(new Error('down')) })
    await expect(failing.has('article', 'a')).rejects.toThrow('down')
  })

  it('forgets a deleted slug after forget(), and never keeps a list fetched before it', async () => {
    const source = fakeSource({ article: ['gone'] })
    let release: (() => void) | undefined
    const directory = createSlugDirectory({
      fetch: async () => {
        const snapshot = await source.fetch()
        if (release === undefined) await new Promise<void>((r) => (release = r))
        return snapshot
      },
    })
    // A lookup whose list was read before the deletion is still in flight when the publish arrives.
    const inFlight = directory.has('article', 'gone')
    await new Promise((r) => setTimeout(r, 0))
    source.state.article.length = 0
    directory.forget()
    release!()
    expect(await inFlight).toBe(true)
    expect(await directory.has('article', 'gone')).toBe(false)
    expect(source.calls).toHaveLength(2)
  })
})

describe('createSlugDirectory: listing pages', () => {
  function totalsSource(initial: Record<string, number>) {
    const totals = { ...initial }
    const asked: string[] = []
    return {
      totals,
      asked,
      fetch: async (query: string, params?: Record<string, unknown>) => {
        const key = query === LISTING_TOTAL_QUERIES.latest ? 'latest' : `${query === LISTING_TOTAL_QUERIES.topic ? 'topic' : 'author'}:${String(params?.slug)}`
        asked.push(key)
        if (!(key in totals)) throw new Error(`unexpected ${key}`)
        return totals[key]
      },
    }
  }

  it('counts pages of DEFAULT_PAGE_SIZE articles, with one count per listing', async () => {
    const source = totalsSource({ latest: 2 * DEFAULT_PAGE_SIZE + 1, 'topic:trade': DEFAULT_PAGE_SIZE, 'author:jane': 0 })
    const directory = createSlugDirectory({ fetch: source.fetch })
    expect(await directory.hasListingPage({ listing: 'latest' }, 3)).toBe(true)
    expect(await directory.hasListingPage({ listing: 'latest' }, 2)).toBe(true)
    expect(await directory.hasListingPage({ listing: 'topic', slug: 'trade' }, 2)).toBe(false)
    expect(await directory.hasListingPage({ listing: 'author', slug: 'jane' }, 2)).toBe(false)
    expect(source.asked).toEqual(['latest', 'topic:trade', 'author:jane'])
  })

  it('recounts a page past the end once the throttle allows, and after forget()', async () => {
    let clock = 0
    const source = totalsSource({ latest: DEFAULT_PAGE_SIZE })
    const directory = createSlugDirectory({ fetch: source.fetch, refreshAfterMs: 250, now: () => clock })
    expect(await directory.hasListingPage({ listing: 'latest' }, 2)).toBe(false)
    source.totals.latest = DEFAULT_PAGE_SIZE + 1
    expect(await directory.hasListingPage({ listing: 'latest' }, 2)).toBe(false)
    clock = 300
    expect(await directory.hasListingPage({ listing: 'latest' }, 2)).toBe(true)
    source.totals.latest = 1
    expect(await directory.hasListingPage({ listing: 'latest' }, 2)).toBe(true)
    directory.forget()
    expect(await directory.hasListingPage({ listing: 'latest' }, 2)).toBe(false)
    expect(source.asked).toHaveLength(3)
  })

  it('surfaces a failing or nonsensical count, and asks again next time', async () => {
    let answer: unknown = Promise.reject(new Error('down'))
    const directory = createSlugDirectory({ fetch: async () => answer })
    await expect(directory.hasListingPage({ listing: 'latest' }, 2)).rejects.toThrow('down')
    answer = 'many'
    await expect(directory.hasListingPage({ listing: 'latest' }, 2)).rejects.toThrow()
    answer = 100
    expect(await directory.hasListingPage({ listing: 'latest' }, 2)).toBe(true)
  })
})

describe('listingPageOf', () => {
  it('names the listing and the raw page segment', () => {
    expect(listingPageOf('/page/3')).toEqual({ listing: { listing: 'latest' }, page: '3' })
    expect(listingPageOf('/topics/trade/page/02')).toEqual({ listing: { listing: 'topic', slug: 'trade' }, page: '02' })
    expect(listingPageOf('/authors/caf%C3%A9/page/2')).toEqual({ listing: { listing: 'author', slug: 'café' }, page: '2' })
  })

  it('is null for every other path', () => {
    for (const path of ['/', '/page', '/page/2/x', '/topics/trade', '/topics/trade/feed.xml', '/topics/trade/page', '/articles/a/page/2', '/search']) {
      expect(listingPageOf(path)).toBeNull()
    }
  })
})

describe('routableRouteOf', () => {
  it('names the CMS document a path shows', () => {
    expect(routableRouteOf('/articles/a-slug')).toEqual({ kind: 'article', slug: 'a-slug' })
    expect(routableRouteOf('/authors/jane/page/2')).toEqual({ kind: 'author', slug: 'jane' })
    expect(routableRouteOf('/topics/trade/feed.xml')).toEqual({ kind: 'topic', slug: 'trade' })
    expect(routableRouteOf('/about')).toEqual({ kind: 'page', slug: 'about' })
    expect(routableRouteOf('/articles/caf%C3%A9')).toEqual({ kind: 'article', slug: 'café' })
    expect(routableRouteOf('/articles/%E0%A4%A')).toEqual({ kind: 'article', slug: '%E0%A4%A' })
  })

  it('leaves every other path alone', () => {
    for (const path of ['/', '/search', '/page/2', '/articles', '/articles/a/b', '/robots.txt', '/_/not-found', '/api/consent', '/_next/static/x.js', '/newsletter']) {
      expect(routableRouteOf(path)).toBeNull()
    }
  })
})
