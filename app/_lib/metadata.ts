import type { Metadata } from 'next'
import type { Article, SanityImage, SiteSettings } from '@/lib/content/types'
import { absoluteUrl, articleCanonicalUrl } from '@/lib/seo/urls'

/**
 * Metadata for the reader pages. Every canonical URL is absolute and built from siteSettings.baseUrl via
 * lib/seo so the page, Open Graph, sitemaps and feeds agree.
 */

const OG_IMAGE_WIDTH = 1200

function ogImage(image: SanityImage | undefined) {
  if (!image) return undefined
  const width = Math.min(OG_IMAGE_WIDTH, image.width)
  const height = Math.round((image.height / image.width) * width)
  const url = new URL(image.url)
  url.searchParams.set('w', String(width))
  url.searchParams.set('auto', 'format')
  return [{ url: url.toString(), width, height, alt: image.alt }]
}

export function siteMetadata(site: SiteSettings): Metadata {
  return {
    metadataBase: new URL(absoluteUrl(site.baseUrl, '/')),
    title: { default: site.title, template: `%s | ${site.title}` },
    description: site.description,
    applicationName: site.title,
    openGraph: { siteName: site.title, locale: site.language.replace('-', '_'), type: 'website' },
    twitter: { card: 'summary_large_image' },
    alternates: { types: { 'application/rss+xml': [{ url: absoluteUrl(site.baseUrl, '/feed.xml'), title: site.title }] } },
  }
}

type ListingInput = {
  site: SiteSettings
  /** Title without the site name; null for the home page, which uses the site title alone. */
  title: string | null
  description: string
  path: string
  noindex?: boolean
  image?: SanityImage
  feed?: { path: string; title: string }
}

export function listingMetadata({ site, title, description, path, noindex = false, image, feed }: ListingInput): Metadata {
  const url = absoluteUrl(site.baseUrl, path)
  const images = ogImage(image)
  const fullTitle = title ?? site.title
  return {
    title: title ?? { absolute: site.title },
    description,
    alternates: {
      canonical: url,
      ...(feed ? { types: { 'application/rss+xml': [{ url: absoluteUrl(site.baseUrl, feed.path), title: feed.title }] } } : {}),
    },
    openGraph: { type: 'website', url, title: fullTitle, description, siteName: site.title, ...(images ? { images } : {}) },
    twitter: { card: 'summary_large_image', title: fullTitle, description, ...(images ? { images } : {}) },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  }
}

export function articleMetadata(article: Article, site: SiteSettings): Metadata {
  const canonical = articleCanonicalUrl(site.baseUrl, article.slug, article.seo.canonicalUrl)
  const title = article.seo.title ?? article.title
  const description = article.seo.description ?? article.standfirst
  const images = ogImage(article.mainImage)
  return {
    title,
    description,
    authors: article.authors.map((author) => ({ name: author.name, url: absoluteUrl(site.baseUrl, `/authors/${author.slug}`) })),
    alternates: { canonical },
    openGraph: {
      type: 'article',
      url: canonical,
      title,
      description,
      siteName: site.title,
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt ?? article.publishedAt,
      authors: article.authors.map((author) => absoluteUrl(site.baseUrl, `/authors/${author.slug}`)),
      section: article.topics[0]?.title,
      tags: article.topics.map((topic) => topic.title),
      ...(images ? { images } : {}),
    },
    twitter: { card: 'summary_large_image', title, description, ...(images ? { images } : {}) },
    ...(article.seo.noindex ? { robots: { index: false, follow: true } } : {}),
  }
}

/** For a slug with nothing behind it: the page itself answers 404 via notFound(). */
export const notFoundMetadata: Metadata = { title: 'Page not found', robots: { index: false, follow: true } }
