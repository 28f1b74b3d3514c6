import path from 'node:path'
import { formatIssue } from '@/lib/content/issues'
import { isPageOutOfRange } from '@/lib/content/pagination'
import { createSlugDirectory, LISTING_TOTAL_QUERIES } from '@/lib/content/routable-slugs'
import { startTestContent, type TestContent } from './support/lake'

const SEED = path.join(__dirname, '../../sanity/seed/seed.ndjson')

let t: TestContent
beforeAll(async () => {
  t = await startTestContent(SEED)
})
afterAll(async () => {
  await t?.stop()
})
afterEach(() => {
  // The seed is clean: any warning means a query, a schema or the seed drifted from the content model.
  expect(t.issues.map(formatIssue)).toEqual([])
})

describe('every query against the seed', () => {
  it('parses the singletons', async () => {
    const site = await t.content.getSiteSettings()
    expect(site.title).toBeTruthy()
    expect(site.baseUrl).not.toMatch(/\/$/)
    expect(site.navigation.length).toBeGreaterThan(0)
    const consent = await t.content.getConsentSettings()
    expect(consent.banner.rejectAllLabel).toBeTruthy()
    expect(consent.categories.map((c) => c.key)).toEqual(expect.arrayContaining(['necessary', 'analytics', 'embeds']))
    expect(consent.categories.find((c) => c.key === 'embeds')?.services.map((s) => s.key)).toEqual(
      expect.arrayContaining(['youtube', 'vimeo', 'x', 'bluesky', 'mastodon']),
    )
  })

  it('loads every published article with body, related and resolved links', async () => {
    const slugs = await t.content.getAllArticleSlugs()
    expect(slugs.length).toBeGreaterThanOrEqual(20)
    expect(new Set(slugs).size).toBe(slugs.length)
    let internalLinks = 0
    for (const slug of slugs) {
      const article = await t.content.getArticleBySlug(slug)
      expect(article).not.toBeNull()
      if (!article) continue
      expect(article.slug).toBe(slug)
      expect(article.title).not.toMatch(/^DRAFT/)
      expect(article.authors.length).toBeGreaterThan(0)
      expect(article.topics.length).toBeGreaterThan(0)
      expect(article.body.length).toBeGreaterThan(0)
      expect(article.readingTimeMinutes).toBeGreaterThanOrEqual(1)
      expect(article.excerpt.length).toBeGreaterThan(0)
      expect(article.related.length).toBeGreaterThan(0)
      expect(article.related.length).toBeLessThanOrEqual(4)
      expect(article.related.map((r) => r.id)).not.toContain(article.id)
      expect(new Set(article.related.map((r) => r.id)).size).toBe(article.related.length)
      for (const block of article.body) {
        if (block._type !== 'block') continue
        for (const def of block.markDefs) {
          if (def.internal) {
            internalLinks++
            expect(slugs).toContain(def.href.replace('/articles/', ''))
          }
        }
      }
    }
    expect(internalLinks).toBeGreaterThan(0)
  })

  it('pages through the latest articles, newest first', async () => {
    const first = await t.content.getLatestArticles(1)
    expect(first.items).toHaveLength(12)
    expect(first.pageSize).toBe(12)
    expect(first.pageCount).toBe(Math.ceil(first.total / 12))
    const dates = first.items.map((i) => i.publishedAt)
    expect([...dates].sort().reverse()).toEqual(dates)
    const second = await t.content.getLatestArticles(2)
    expect(second.items.map((i) => i.id)).not.toContain(first.items[0]?.id)
    const beyond = await t.content.getLatestArticles(first.pageCount + 1)
    expect(beyond.items).toEqual([])
    expect(isPageOutOfRange(beyond)).toBe(true)
  })

  it('loads every author and topic with their articles', async () => {
    for (const slug of await t.content.getAllAuthorSlugs()) {
      const found = await t.content.getAuthorBySlug(slug, 1)
      expect(found?.author.slug).toBe(slug)
      for (const item of found?.articles.items ?? []) expect(item.authors.map((a) => a.slug)).toContain(slug)
    }
    const topics = await t.content.getAllTopicSlugs()
    expect(topics.length).toBeGreaterThan(0)
    for (const slug of topics) {
      const found = await t.content.getTopicBySlug(slug, 1)
      expect(found?.topic.description).toBeTruthy()
      expect(found?.articles.total).toBeGreaterThan(0)
      for (const item of found?.articles.items ?? []) expect(item.topics.map((x) => x.slug)).toContain(slug)
    }
  })

  it('counts each listing as its pages do, so the site server 404s exactly the pages past the end', async () => {
    const directory = createSlugDirectory({ fetch: (query, params) => t.client.fetch(query, params ?? {}) })
    const latest = await t.content.getLatestArticles(1)
    expect(await t.client.fetch(LISTING_TOTAL_QUERIES.latest)).toBe(latest.total)
    expect(await directory.hasListingPage({ listing: 'latest' }, latest.pageCount + 1)).toBe(false)
    if (latest.pageCount > 1) expect(await directory.hasListingPage({ listing: 'latest' }, latest.pageCount)).toBe(true)
    for (const slug of await t.content.getAllTopicSlugs()) {
      const found = await t.content.getTopicBySlug(slug, 1)
      expect(await t.client.fetch(LISTING_TOTAL_QUERIES.topic, { slug })).toBe(found?.articles.total)
      expect(await directory.hasListingPage({ listing: 'topic', slug }, (found?.articles.pageCount ?? 1) + 1)).toBe(false)
    }
    for (const slug of await t.content.getAllAuthorSlugs()) {
      const found = await t.content.getAuthorBySlug(slug, 1)
      expect(await t.client.fetch(LISTING_TOTAL_QUERIES.author, { slug })).toBe(found?.articles.total)
    }
    expect(await t.client.fetch(LISTING_TOTAL_QUERIES.topic, { slug: 'no-such-topic' })).toBe(0)
  })

  it('loads the privacy page', async () => {
    const page = await t.content.getPageBySlug('privacy')
    expect(page?.title).toBeTruthy()
    expect(page?.body.length).toBeGreaterThan(0)
  })

  it('returns null for unknown or malformed slugs', async () => {
    expect(await t.content.getArticleBySlug('no-such-article')).toBeNull()
    expect(await t.content.getArticleBySlug('../etc/passwd')).toBeNull()
    expect(await t.content.getArticleBySlug('Upper-Case')).toBeNull()
    expect(await t.content.getAuthorBySlug('nobody', 1)).toBeNull()
    expect(await t.content.getTopicBySlug('nothing', 1)).toBeNull()
    expect(await t.content.getPageBySlug('missing')).toBeNull()
  })
})

describe('search', () => {
  it('ranks a title match first and finds partly typed words', async () => {
    const [slug] = await t.content.getAllArticleSlugs()
    const article = await t.content.getArticleBySlug(slug as string)
    const word = (article?.title ?? '').split(' ').filter((w) => w.length > 6)[0] as string
    const results = await t.content.searchArticles(word.slice(0, -1), 1)
    expect(results.total).toBeGreaterThan(0)
    const titled = results.items.findIndex((i) => i.title.toLowerCase().includes(word.toLowerCase()))
    const untitled = results.items.findIndex((i) => !i.title.toLowerCase().includes(word.toLowerCase()))
    expect(titled).toBe(0)
    if (untitled !== -1) expect(untitled).toBeGreaterThan(titled)
  })

  it('answers empty, whitespace and over-long queries without failing', async () => {
    expect(await t.content.searchArticles('', 1)).toMatchObject({ items: [], total: 0, query: '' })
    expect(await t.content.searchArticles('   ', 1)).toMatchObject({ items: [], total: 0 })
    const long = await t.content.searchArticles('ceasefire '.repeat(500), 1)
    expect(long.query.length).toBeLessThanOrEqual(100)
  })

  it.each(['"', '\\', '*', '**', '"] | order(_id) [0', '$slug', 'a || b && !c', "O'Brien", '%00', '(((', 'ceasefire*'])(
    'survives %j',
    async (q) => {
      const results = await t.content.searchArticles(q, 1)
      expect(Array.isArray(results.items)).toBe(true)
      expect(results.total).toBeLessThan(24)
    },
  )
})
