import type { Article, ArticleSummary, AuthorProfile, SanityImage, SiteSettings, Topic } from '@/lib/content/types'
import {
  breadcrumbJsonLd,
  collectionPageJsonLd,
  newsArticleJsonLd,
  profilePageJsonLd,
  webSiteJsonLd,
  type JsonLd,
  type PublisherInput,
} from './json-ld'
import { absoluteUrl, articleCanonicalUrl, sitePaths } from './urls'

/** Maps the site's content to schema.org inputs. `imageUrlFor` crops through the Sanity image pipeline. */
export type ImageUrlFor = (image: SanityImage, size: { width: number; height: number }) => string

/** Google asks for 16:9, 4:3 and 1:1 crops of at least 50,000 pixels; the editor's hotspot guides each crop. */
const ARTICLE_IMAGE_CROPS = [
  { width: 1200, height: 675 },
  { width: 1200, height: 900 },
  { width: 1200, height: 1200 },
] as const

export function publisherFor(site: SiteSettings): PublisherInput {
  return {
    name: site.title,
    baseUrl: site.baseUrl,
    ...(site.publisherLogo
      ? { logoUrl: site.publisherLogo.url, logoWidth: site.publisherLogo.width, logoHeight: site.publisherLogo.height }
      : {}),
  }
}

export function articlePageJsonLd(article: Article, site: SiteSettings, imageUrlFor: ImageUrlFor): JsonLd[] {
  // Without a main image the publisher's logo stands in, so every article still carries an image.
  const images = article.mainImage
    ? ARTICLE_IMAGE_CROPS.map((size) => imageUrlFor(article.mainImage!, size))
    : site.publisherLogo
      ? [site.publisherLogo.url]
      : []
  const canonicalUrl = articleCanonicalUrl(site.baseUrl, article.slug, article.seo.canonicalUrl)
  const topic = article.topics[0]
  return [
    newsArticleJsonLd(
      {
        canonicalUrl,
        headline: article.title,
        description: article.seo.description ?? article.standfirst,
        images,
        datePublished: article.publishedAt,
        dateModified: article.updatedAt,
        authors: article.authors.map((a) => ({ name: a.name, slug: a.slug, role: a.role, bio: a.bio })),
        topics: article.topics.map((t) => t.title),
        language: site.language,
      },
      publisherFor(site),
    ),
    breadcrumbJsonLd(
      [
        { name: site.title, path: sitePaths.home() },
        ...(topic ? [{ name: topic.title, path: sitePaths.topic(topic.slug) }] : []),
        { name: article.title, path: sitePaths.article(article.slug) },
      ],
      site.baseUrl,
    ),
  ]
}

export function authorPageJsonLd(author: AuthorProfile, site: SiteSettings, imageUrlFor: ImageUrlFor): JsonLd {
  return profilePageJsonLd(
    {
      name: author.name,
      slug: author.slug,
      role: author.role,
      bio: author.bio,
      ...(author.portrait ? { imageUrl: imageUrlFor(author.portrait, { width: 400, height: 400 }) } : {}),
      sameAs: author.links.map((l) => l.url).filter((url) => /^https?:\/\//.test(url)),
    },
    site.baseUrl,
  )
}

export function topicPageJsonLd(topic: Topic, articles: ArticleSummary[], site: SiteSettings): JsonLd[] {
  return [
    collectionPageJsonLd({
      name: topic.title,
      description: topic.description,
      path: sitePaths.topic(topic.slug),
      baseUrl: site.baseUrl,
      itemUrls: articles.map((a) => absoluteUrl(site.baseUrl, sitePaths.article(a.slug))),
    }),
    breadcrumbJsonLd(
      [
        { name: site.title, path: sitePaths.home() },
        { name: topic.title, path: sitePaths.topic(topic.slug) },
      ],
      site.baseUrl,
    ),
  ]
}

export function homePageJsonLd(site: SiteSettings): JsonLd {
  return webSiteJsonLd({ name: site.title, description: site.description, baseUrl: site.baseUrl, language: site.language })
}
