import { articleGuid, buildRssFeed, FEED_ITEM_LIMIT } from '@/lib/seo/feed'
import { buildNewsSitemap, buildRobotsTxt, buildSitemapIndex, buildUrlSet, chunkEntries, newsLanguage, selectNewsEntries } from '@/lib/seo/sitemap'
import { rfc822Date, w3cDateTime } from '@/lib/seo/dates'
import { absoluteUrl, articleCanonicalUrl } from '@/lib/seo/urls'
import { cdata, escapeXml } from '@/lib/seo/xml'

describe('dates', () => {
  it('formats W3C datetimes in UTC with an explicit zone', () => {
    expect(w3cDateTime('2026-11-27T10:15:30.123+02:00')).toBe('2026-11-27T08:15:30Z')
  })
  it('formats RFC 822 dates for RSS', () => {
    expect(rfc822Date('2026-11-27T08:15:30Z')).toBe('Fri, 27 Nov 2026 08:15:30 GMT')
  })
  it('refuses invalid dates rather than printing NaN', () => {
    expect(() => w3cDateTime('not a date')).toThrow(RangeError)
    expect(() => rfc822Date('2026-13-45')).toThrow(RangeError)
  })
})

describe('xml escaping', () => {
  it('escapes markup characters and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;')
  })
  it('keeps CDATA sections closed only at the end', () => {
    // The text's own `]]>` is split across two sections, so a parser reads back exactly `a ]]> b`.
    expect(cdata('a ]]> b')).toBe('<![CDATA[a ]]]]><![CDATA[> b]]>')
  })
})

describe('urls', () => {
  it('builds absolute URLs from a base with or without a trailing slash', () => {
    expect(absoluteUrl('https://example.org/', '/articles/a')).toBe('https://example.org/articles/a')
    expect(absoluteUrl('https://example.org', '/')).toBe('https://example.org/')
  })
  it('uses a valid editor override for the canonical URL and ignores a bad one', () => {
    expect(articleCanonicalUrl('https://example.org', 'a', 'https://other.example/a')).toBe('https://other.example/a')
    expect(articleCanonicalUrl('https://example.org', 'a', 'javascript:alert(1)')).toBe('https://example.org/articles/a')
    expect(articleCanonicalUrl('https://example.org', 'a', 'not a url')).toBe('https://example.org/articles/a')
  })
})

describe('buildRssFeed', () => {
  const item = {
    guid: articleGuid('https://example.org', 'article-1'),
    title: 'Trade & <tariffs>',
    url: 'https://example.org/articles/trade',
    publishedAt: '2026-11-26T09:00:00+01:00',
    summary: 'Summary with "quotes"',
    contentHtml: '<p>Body ]]> tricky</p>',
    authors: ['Ada Mensah'],
    categories: ['Economy'],
  }

  it('escapes titles, keeps full content in CDATA and dates in RFC 822', () => {
    const xml = buildRssFeed({ title: 'Feed', description: 'D', siteUrl: 'https://example.org/', feedUrl: 'https://example.org/feed.xml', language: 'en-GB', items: [item] })
    expect(xml).toContain('<title>Trade &amp; &lt;tariffs&gt;</title>')
    expect(xml).toContain('<pubDate>Thu, 26 Nov 2026 08:00:00 GMT</pubDate>')
    expect(xml).toContain('<guid isPermaLink="false">tag:example.org,2026:article:article-1</guid>')
    expect(xml).toContain('<atom:link href="https://example.org/feed.xml" rel="self" type="application/rss+xml"/>')
    expect(xml).toContain('<language>en-gb</language>')
    expect(xml).toContain('<content:encoded><![CDATA[<p>Body ]]]]><![CDATA[> tricky</p>]]></content:encoded>')
  })

  it('omits full content for summary feeds and caps the number of items', () => {
    const items = Array.from({ length: FEED_ITEM_LIMIT + 5 }, (_, i) => ({ ...item, guid: `g${i}`, contentHtml: undefined }))
    const xml = buildRssFeed({ title: 'Feed', description: 'D', siteUrl: 'https://example.org/', feedUrl: 'https://example.org/feed.xml', items })
    expect(xml).not.toContain('content:encoded>')
    expect(xml.match(/<item>/g)).toHaveLength(FEED_ITEM_LIMIT)
  })

  it('keeps the GUID stable when the title or slug changes', () => {
    expect(articleGuid('https://example.org/', 'article-1')).toBe(articleGuid('https://example.org', 'article-1'))
  })
})

describe('sitemaps', () => {
  it('lists URLs with lastmod and images, escaping ampersands', () => {
    const xml = buildUrlSet([{ loc: 'https://example.org/articles/a?x=1&y=2', lastmod: '2026-11-27T10:00:00+01:00', images: ['https://example.org/i.png'] }])
    expect(xml).toContain('<loc>https://example.org/articles/a?x=1&amp;y=2</loc>')
    expect(xml).toContain('<lastmod>2026-11-27T09:00:00Z</lastmod>')
    expect(xml).toContain('xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"')
    expect(xml).toContain('<image:image><image:loc>https://example.org/i.png</image:loc></image:image>')
  })

  it('refuses more than 50,000 URLs in one sitemap and splits them into chunks', () => {
    const entries = Array.from({ length: 50_001 }, (_, i) => ({ loc: `https://example.org/${i}` }))
    expect(() => buildUrlSet(entries)).toThrow(RangeError)
    expect(chunkEntries(entries).map((c) => c.length)).toEqual([50_000, 1])
  })

  it('builds an index of sitemaps', () => {
    const xml = buildSitemapIndex([{ loc: 'https://example.org/sitemaps/articles-1.xml', lastmod: '2026-11-27T00:00:00Z' }])
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect(xml).toContain('<loc>https://example.org/sitemaps/articles-1.xml</loc>')
  })

  it('keeps only the last two days in the news sitemap, newest first, without noindexed articles', () => {
    const now = new Date('2026-11-27T12:00:00Z')
    const entries = [
      { loc: 'https://example.org/articles/old', title: 'Old', publishedAt: '2026-11-25T11:59:59Z' },
      { loc: 'https://example.org/articles/new', title: 'New', publishedAt: '2026-11-27T08:00:00Z' },
      { loc: 'https://example.org/articles/edge', title: 'Edge', publishedAt: '2026-11-25T12:00:00Z' },
      { loc: 'https://example.org/articles/hidden', title: 'Hidden', publishedAt: '2026-11-27T09:00:00Z', noindex: true },
      { loc: 'https://example.org/articles/future', title: 'Future', publishedAt: '2026-11-28T09:00:00Z' },
    ]
    expect(selectNewsEntries(entries, now).map((e) => e.title)).toEqual(['New', 'Edge'])
    const xml = buildNewsSitemap({ publicationName: 'The Meridian Review', language: 'en-GB', entries, now })
    expect(xml).toContain('<news:language>en</news:language>')
    expect(xml).toContain('<news:publication_date>2026-11-27T08:00:00Z</news:publication_date>')
    expect(xml).not.toContain('Hidden')
  })

  it('caps the news sitemap at 1,000 URLs', () => {
    const now = new Date('2026-11-27T12:00:00Z')
    const entries = Array.from({ length: 1_200 }, (_, i) => ({ loc: `https://example.org/${i}`, title: `T${i}`, publishedAt: new Date(now.getTime() - i * 60_000).toISOString() }))
    expect(selectNewsEntries(entries, now)).toHaveLength(1_000)
  })

  it('maps languages to what Google News accepts', () => {
    expect(newsLanguage('en-GB')).toBe('en')
    expect(newsLanguage('zh-TW')).toBe('zh-tw')
  })

  it('points robots.txt at the sitemaps', () => {
    expect(buildRobotsTxt({ baseUrl: 'https://example.org', sitemapUrls: ['https://example.org/sitemap.xml'], disallow: ['/api/'] })).toBe(
      'User-agent: *\nDisallow: /api/\n\nSitemap: https://example.org/sitemap.xml\n',
    )
  })
})
