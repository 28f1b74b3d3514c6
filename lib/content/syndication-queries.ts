import { defineQuery } from 'groq'
import { ARTICLE_SUMMARY, BODY } from './queries'

/**
 * Queries for feeds and sitemaps. Feeds take the newest articles with their bodies; sitemaps take every
 * routable document but only what a sitemap lists. Noindexed articles are filtered in the shaping step so
 * the same result can tell a crawler-facing list from a reader-facing one.
 */
const FEED_ITEM = /* groq */ `{
  "summary": @${ARTICLE_SUMMARY},
  ${BODY},
  "noindex": seo.noindex,
  "canonicalUrl": seo.canonicalUrl
}`

export const FEED_ARTICLES_QUERY = defineQuery(
  `*[_type == "article" && defined(slug.current)] | order(publishedAt desc, _id asc) [0...$limit]${FEED_ITEM}`,
)

/** The same for one author's or topic's feed: resolve the author or topic id first, then pass it in. */
export const FEED_ARTICLES_REFERENCING_QUERY = defineQuery(
  `*[_type == "article" && defined(slug.current) && references($id)] | order(publishedAt desc, _id asc) [0...$limit]${FEED_ITEM}`,
)

export const SITEMAP_QUERY = defineQuery(`{
  "articles": *[_type == "article" && defined(slug.current)] | order(publishedAt desc, _id asc){
    _id, title, "slug": slug.current, publishedAt, updatedAt, _updatedAt,
    "imageAssetId": mainImage.asset._ref,
    "noindex": seo.noindex, "canonicalUrl": seo.canonicalUrl
  },
  "authors": *[_type == "author" && defined(slug.current)] | order(name asc){_id, "slug": slug.current, _updatedAt},
  "topics": *[_type == "topic" && defined(slug.current)] | order(title asc){_id, "slug": slug.current, _updatedAt},
  "pages": *[_type == "page" && defined(slug.current)] | order(title asc){_id, "slug": slug.current, _updatedAt}
}`)
