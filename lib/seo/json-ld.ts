import { absoluteUrl, sitePaths } from './urls'

/** Structured data (schema.org, JSON-LD). Inputs are plain values so the builders stay pure and testable. */

export type JsonLd = Record<string, unknown>

export type PublisherInput = {
  name: string
  baseUrl: string
  logoUrl?: string
  logoWidth?: number
  logoHeight?: number
}

export type PersonInput = { name: string; slug: string; role?: string; bio?: string; imageUrl?: string; sameAs?: string[] }

export type NewsArticleInput = {
  canonicalUrl: string
  headline: string
  description: string
  /** Image URLs in several aspect ratios (16:9, 4:3, 1:1), largest first. */
  images: string[]
  datePublished: string
  dateModified?: string
  authors: PersonInput[]
  topics?: string[]
  language?: string
  wordCount?: number
  isAccessibleForFree?: boolean
}

/** Serialises for a `<script type="application/ld+json">`: `<` is escaped so `</script>` cannot end the tag. */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

export function organizationJsonLd(publisher: PublisherInput): JsonLd {
  const org: JsonLd = {
    '@type': 'NewsMediaOrganization',
    '@id': `${absoluteUrl(publisher.baseUrl, '/')}#publisher`,
    name: publisher.name,
    url: absoluteUrl(publisher.baseUrl, '/'),
  }
  if (publisher.logoUrl) {
    org.logo = {
      '@type': 'ImageObject',
      url: publisher.logoUrl,
      ...(publisher.logoWidth ? { width: publisher.logoWidth } : {}),
      ...(publisher.logoHeight ? { height: publisher.logoHeight } : {}),
    }
  }
  return org
}

export function personJsonLd(person: PersonInput, baseUrl: string): JsonLd {
  const url = absoluteUrl(baseUrl, sitePaths.author(person.slug))
  return {
    '@type': 'Person',
    '@id': `${url}#person`,
    name: person.name,
    url,
    ...(person.role ? { jobTitle: person.role } : {}),
    ...(person.bio ? { description: person.bio } : {}),
    ...(person.imageUrl ? { image: person.imageUrl } : {}),
    ...(person.sameAs && person.sameAs.length > 0 ? { sameAs: person.sameAs } : {}),
  }
}

export function newsArticleJsonLd(article: NewsArticleInput, publisher: PublisherInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': article.canonicalUrl,
    url: article.canonicalUrl,
    mainEntityOfPage: { '@type': 'WebPage', '@id': article.canonicalUrl },
    headline: truncateHeadline(article.headline),
    description: article.description,
    ...(article.images.length > 0 ? { image: article.images } : {}),
    datePublished: article.datePublished,
    dateModified: article.dateModified ?? article.datePublished,
    author: article.authors.map((a) => personJsonLd(a, publisher.baseUrl)),
    publisher: organizationJsonLd(publisher),
    ...(article.topics && article.topics.length > 0 ? { articleSection: article.topics[0], keywords: article.topics } : {}),
    ...(article.language ? { inLanguage: article.language } : {}),
    ...(article.wordCount ? { wordCount: article.wordCount } : {}),
    isAccessibleForFree: article.isAccessibleForFree ?? true,
  }
}

/** Google truncates headlines past 110 characters; cut on a word boundary rather than mid-word. */
function truncateHeadline(headline: string): string {
  if (headline.length <= 110) return headline
  const cut = headline.slice(0, 109)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > 60 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`
}

export function profilePageJsonLd(person: PersonInput, baseUrl: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: absoluteUrl(baseUrl, sitePaths.author(person.slug)),
    mainEntity: personJsonLd(person, baseUrl),
  }
}

export type BreadcrumbItem = { name: string; path: string }

export function breadcrumbJsonLd(items: BreadcrumbItem[], baseUrl: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: absoluteUrl(baseUrl, item.path),
    })),
  }
}

export function collectionPageJsonLd(input: {
  name: string
  description?: string
  path: string
  baseUrl: string
  itemUrls: string[]
}): JsonLd {
  const url = absoluteUrl(input.baseUrl, input.path)
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    '@id': url,
    url,
    name: input.name,
    ...(input.description ? { description: input.description } : {}),
    mainEntity: {
      '@type': 'ItemList',
      itemListElement: input.itemUrls.map((itemUrl, index) => ({ '@type': 'ListItem', position: index + 1, url: itemUrl })),
    },
  }
}

export function webSiteJsonLd(input: { name: string; description?: string; baseUrl: string; language?: string }): JsonLd {
  const url = absoluteUrl(input.baseUrl, '/')
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${url}#website`,
    url,
    name: input.name,
    ...(input.description ? { description: input.description } : {}),
    ...(input.language ? { inLanguage: input.language } : {}),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(input.baseUrl, '/search')}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  }
}
