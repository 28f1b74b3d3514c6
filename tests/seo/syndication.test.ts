import type { FeedArticle, SitemapData } from '@/lib/content/syndication-loaders'
import type { SiteSettings } from '@/lib/content/types'
import { articleFeedXml, newsSitemapXml, sitemapFiles, sitemapIndexXml, sitemapXml } from '@/lib/seo/syndication'

const site: SiteSettings = {
  title: 'The Meridian Review',
  description: 'Analysis',
  baseUrl: 'https://example.org',
  language: 'en-GB',
  navigation: [],
  footerLinks: [],
  newsletter: { heading: 'h', description: 'd', privacyNote: 'p', consentVersion: '1' },
  feedContent: 'full',
}

const author = { id: 'author-a', name: 'Ada Mensah', slug: 'ada-mensah', role: 'Fellow', bio: 'Bio' }
const topic = { id: 'topic-t', title: 'Trade', slug: 'trade' }

function feedArticle(id: string, extra: Partial<FeedArticle> = {}): FeedArticle {
  return {
    id,
    title: `Title ${id}`,
    slug: id,
    standfirst: `Standfirst ${id}`,
    publishedAt: '2026-11-26T09:00:00Z',
    authors: [author],
    topics: [topic],
    body: [{ _type: 'block', _key: 'k', style: 'normal', children: [{ _type: 'span', _key: 's', text: `Body of ${id}`, marks: [] }], markDefs: [] }],
    noindex: false,
    ...extra,
  }
}

const data: SitemapData = {
  articles: [
    { id: 'a1', slug: 'listed', title: 'Listed', publishedAt: '2026-11-27T08:00:00Z', lastModified: '2026-11-27T09:00:00Z', imageAssetId: 'image-x-10x10-png', noindex: false },
    { id: 'a2', slug: 'hidden', title: 'Hidden', publishedAt: '2026-11-27T07:00:00Z', lastModified: '2026-11-27T07:00:00Z', noindex: true },
    { id: 'a3', slug: 'syndicated', title: 'Syndicated', publishedAt: '2026-11-27T06:00:00Z', lastModified: '2026-11-27T06:00:00Z', noindex: false, canonicalUrl: 'https://partner.example/x' },
    { id: 'a4', slug: 'older', title: 'Older', publishedAt: '2026-10-01T06:00:00Z', lastModified: '2026-10-02T06:00:00Z', noindex: false },
  ],
  authors: [{ id: 'author-a', slug: 'ada-mensah', lastModified: '2026-11-01T00:00:00Z' }],
  topics: [{ id: 'topic-t', slug: 'trade', lastModified: '2026-11-02T00:00:00Z' }],
  pages: [{ id: 'page-privacy', slug: 'privacy', lastModified: '2026-11-03T00:00:00Z' }],
}

describe('article feeds', () => {
  it('puts the full body in the feed when the site publishes full text', () => {
    const xml = articleFeedXml({ site, articles: [feedArticle('a1')], title: 'T', description: 'D', pagePath: '/', feedPath: '/feed.xml' })
    expect(xml).toContain('<link>https://example.org/articles/a1</link>')
    expect(xml).toContain('<content:encoded><![CDATA[<p>Body of a1</p>]]></content:encoded>')
    expect(xml).toContain('<guid isPermaLink="false">tag:example.org,2026:article:a1</guid>')
  })

  it('gives summaries only when the site says so', () => {
    const xml = articleFeedXml({ site: { ...site, feedContent: 'summary' }, articles: [feedArticle('a1')], title: 'T', description: 'D', pagePath: '/', feedPath: '/feed.xml' })
    expect(xml).not.toContain('content:encoded>')
    expect(xml).toContain('<description>Standfirst a1</description>')
  })

  it('links an article with a canonical override to that canonical URL', () => {
    const xml = articleFeedXml({ site, articles: [feedArticle('a3', { canonicalUrl: 'https://partner.example/x' })], title: 'T', description: 'D', pagePath: '/', feedPath: '/feed.xml' })
    expect(xml).toContain('<link>https://partner.example/x</link>')
  })
})

describe('sitemaps', () => {
  const files = sitemapFiles(site, data, (id) => `https://img.example/${id}`)

  it('lists indexable articles with images, and never noindexed or canonicalised-away ones', () => {
    const xml = sitemapXml(files, 'articles-1.xml')!
    expect(xml).toContain('<loc>https://example.org/articles/listed</loc>')
    expect(xml).toContain('<image:loc>https://img.example/image-x-10x10-png</image:loc>')
    expect(xml).not.toContain('hidden')
    expect(xml).not.toContain('syndicated')
  })

  it('splits articles into several sitemaps past the limit', () => {
    const split = sitemapFiles(site, data, (id) => id, 1)
    expect([...split.keys()]).toEqual(['articles-1.xml', 'articles-2.xml', 'pages.xml', 'authors.xml', 'topics.xml'])
  })

  it('indexes every child sitemap with its newest lastmod', () => {
    const xml = sitemapIndexXml(site, files)
    expect(xml).toContain('<loc>https://example.org/sitemaps/articles-1.xml</loc>\n<lastmod>2026-11-27T09:00:00Z</lastmod>')
    expect(xml).toContain('<loc>https://example.org/sitemaps/authors.xml</loc>')
    expect(sitemapXml(files, 'nope.xml')).toBeNull()
  })

  it('lists pages, authors and topics at their canonical URLs', () => {
    expect(sitemapXml(files, 'pages.xml')).toContain('<loc>https://example.org/privacy</loc>')
    expect(sitemapXml(files, 'authors.xml')).toContain('<loc>https://example.org/authors/ada-mensah</loc>')
    expect(sitemapXml(files, 'topics.xml')).toContain('<loc>https://example.org/topics/trade</loc>')
  })

  it('keeps the news sitemap to the last two days without noindexed articles', () => {
    const xml = newsSitemapXml(site, data, new Date('2026-11-27T12:00:00Z'))
    expect(xml).toContain('<news:title>Listed</news:title>')
    expect(xml).not.toContain('Hidden')
    expect(xml).not.toContain('Older')
    expect(xml).not.toContain('Syndicated')
  })
})
