import { breadcrumbJsonLd, newsArticleJsonLd, serializeJsonLd, webSiteJsonLd } from '@/lib/seo/json-ld'

const publisher = { name: 'The Meridian Review', baseUrl: 'https://example.org', logoUrl: 'https://example.org/logo.png', logoWidth: 600, logoHeight: 60 }

const article = {
  canonicalUrl: 'https://example.org/articles/sanctions',
  headline: 'Why sanctions fail',
  description: 'A short standfirst.',
  images: ['https://example.org/a-16x9.jpg', 'https://example.org/a-4x3.jpg', 'https://example.org/a-1x1.jpg'],
  datePublished: '2026-11-20T09:00:00Z',
  dateModified: '2026-11-21T10:30:00Z',
  authors: [
    { name: 'Ada Mensah', slug: 'ada-mensah', role: 'Senior Fellow' },
    { name: 'Jonas Berg', slug: 'jonas-berg' },
  ],
  topics: ['Sanctions', 'Economy'],
  language: 'en-GB',
}

describe('newsArticleJsonLd', () => {
  const ld = newsArticleJsonLd(article, publisher)

  it('carries every recommended property with the canonical URL as @id', () => {
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      '@id': article.canonicalUrl,
      mainEntityOfPage: { '@id': article.canonicalUrl },
      headline: article.headline,
      description: article.description,
      image: article.images,
      datePublished: article.datePublished,
      dateModified: article.dateModified,
      inLanguage: 'en-GB',
    })
  })

  it('makes each author a Person with an absolute url', () => {
    expect(ld.author).toEqual([
      expect.objectContaining({ '@type': 'Person', name: 'Ada Mensah', url: 'https://example.org/authors/ada-mensah', jobTitle: 'Senior Fellow' }),
      expect.objectContaining({ '@type': 'Person', name: 'Jonas Berg', url: 'https://example.org/authors/jonas-berg' }),
    ])
  })

  it('names the publisher as an organization with its logo', () => {
    expect(ld.publisher).toMatchObject({ name: 'The Meridian Review', logo: { '@type': 'ImageObject', url: 'https://example.org/logo.png' } })
  })

  it('falls back to the publication date when never modified', () => {
    const unmodified = newsArticleJsonLd({ ...article, dateModified: undefined }, publisher)
    expect(unmodified.dateModified).toBe(article.datePublished)
  })

  it('shortens overlong headlines on a word boundary', () => {
    const long = newsArticleJsonLd({ ...article, headline: 'word '.repeat(40).trim() }, publisher)
    expect((long.headline as string).length).toBeLessThanOrEqual(110)
    expect(long.headline).toMatch(/word…$/)
  })
})

describe('serializeJsonLd', () => {
  it('cannot close the script tag and round-trips through JSON.parse', () => {
    const hostile = { headline: '</script><script>alert(1)</script> & \u2028' }
    const text = serializeJsonLd(hostile)
    expect(text).not.toContain('<')
    expect(text).not.toContain('>')
    expect(JSON.parse(text)).toEqual(hostile)
  })
})

describe('webSiteJsonLd and breadcrumbJsonLd', () => {
  it('declares a search action pointing at the search page', () => {
    const ld = webSiteJsonLd({ name: 'The Meridian Review', baseUrl: 'https://example.org/' })
    expect(ld.potentialAction).toMatchObject({
      '@type': 'SearchAction',
      target: { urlTemplate: 'https://example.org/search?q={search_term_string}' },
    })
  })

  it('numbers breadcrumb items from 1 with absolute URLs', () => {
    const ld = breadcrumbJsonLd([{ name: 'Home', path: '/' }, { name: 'Security', path: '/topics/security' }], 'https://example.org')
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/' },
      { '@type': 'ListItem', position: 2, name: 'Security', item: 'https://example.org/topics/security' },
    ])
  })
})
