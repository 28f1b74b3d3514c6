import type { Article, SiteSettings } from '@/lib/content/types'
import { articlePageJsonLd, authorPageJsonLd, topicPageJsonLd } from '@/lib/seo/page-json-ld'

const logo = { assetId: 'image-logo-600x60-png', url: 'https://cdn.example/logo.png', width: 600, height: 60, alt: 'Logo' }
const site: SiteSettings = {
  title: 'The Meridian Review',
  description: 'Analysis',
  baseUrl: 'https://example.org',
  language: 'en-GB',
  navigation: [],
  footerLinks: [],
  newsletter: { heading: 'h', description: 'd', privacyNote: 'p', consentVersion: '1' },
  publisherLogo: logo,
  feedContent: 'full',
}
const author = { id: 'author-a', name: 'Ada Mensah', slug: 'ada-mensah', role: 'Fellow', bio: 'Writes on trade.' }
const image = { assetId: 'image-main-1200x800-png', url: 'https://cdn.example/main.png', width: 1200, height: 800, alt: 'A port' }
const article: Article = {
  id: 'article-x',
  title: 'Ports and power',
  slug: 'ports-and-power',
  standfirst: 'Why ports matter.',
  publishedAt: '2026-11-20T09:00:00Z',
  authors: [author],
  topics: [{ id: 'topic-t', title: 'Trade', slug: 'trade' }],
  mainImage: image,
  body: [],
  readingTimeMinutes: 3,
  excerpt: '',
  corrections: [],
  seo: { noindex: false },
  related: [],
}
const crop = (img: { assetId: string }, size: { width: number; height: number }) => `https://cdn.example/${img.assetId}?w=${size.width}&h=${size.height}`

describe('articlePageJsonLd', () => {
  it('offers the main image in 16:9, 4:3 and 1:1 crops', () => {
    const [news] = articlePageJsonLd(article, site, crop)
    expect(news!.image).toEqual([
      'https://cdn.example/image-main-1200x800-png?w=1200&h=675',
      'https://cdn.example/image-main-1200x800-png?w=1200&h=900',
      'https://cdn.example/image-main-1200x800-png?w=1200&h=1200',
    ])
  })

  it("falls back to the publisher's logo when the article has no image", () => {
    const [news] = articlePageJsonLd({ ...article, mainImage: undefined }, site, crop)
    expect(news!.image).toEqual(['https://cdn.example/logo.png'])
  })

  it('uses the editor canonical override as @id and adds a breadcrumb through the first topic', () => {
    const [news, crumbs] = articlePageJsonLd({ ...article, seo: { noindex: false, canonicalUrl: 'https://partner.example/p' } }, site, crop)
    expect(news!['@id']).toBe('https://partner.example/p')
    expect((crumbs!.itemListElement as Array<{ name: string }>).map((i) => i.name)).toEqual(['The Meridian Review', 'Trade', 'Ports and power'])
  })
})

describe('author and topic pages', () => {
  it('describes an author as a ProfilePage about a Person with only web links as sameAs', () => {
    const ld = authorPageJsonLd({ ...author, links: [{ key: 'a', label: 'Site', url: 'https://ada.example' }, { key: 'b', label: 'Mail', url: 'mailto:ada@example.org' }] }, site, crop)
    expect(ld).toMatchObject({ '@type': 'ProfilePage', mainEntity: { '@type': 'Person', name: 'Ada Mensah', url: 'https://example.org/authors/ada-mensah', sameAs: ['https://ada.example'] } })
  })

  it('lists a topic page as a CollectionPage of article URLs', () => {
    const [collection] = topicPageJsonLd({ id: 'topic-t', title: 'Trade', slug: 'trade', description: 'Trade policy.' }, [article], site)
    expect(collection).toMatchObject({ '@type': 'CollectionPage', url: 'https://example.org/topics/trade', mainEntity: { itemListElement: [{ position: 1, url: 'https://example.org/articles/ports-and-power' }] } })
  })
})
