/**
 * The cache-tag vocabulary. Every content fetch is tagged with each tag whose change must refresh it;
 * the revalidation webhook maps a changed document to tags with `tagsForChangedDocument` (plus reverse
 * dependencies it finds with GROQ, e.g. the articles that reference a changed author).
 * Pure: shared by lib/content and the webhook route.
 */
export const ARTICLES_TAG = 'articles'
export const SITE_SETTINGS_TAG = 'siteSettings'
export const CONSENT_SETTINGS_TAG = 'consentSettings'

export type ContentTag =
  | `article:${string}`
  | `author:${string}`
  | `topic:${string}`
  | `page:${string}`
  | typeof ARTICLES_TAG
  | typeof SITE_SETTINGS_TAG
  | typeof CONSENT_SETTINGS_TAG

export const articleTag = (slug: string): ContentTag => `article:${slug}`
export const authorTag = (slug: string): ContentTag => `author:${slug}`
export const topicTag = (slug: string): ContentTag => `topic:${slug}`
export const pageTag = (slug: string): ContentTag => `page:${slug}`

/** A changed document as the webhook sees it (before or after the change). */
export type ChangedDocument = { _id: string; _type: string; slug?: string | { current?: string } | null }

/**
 * The tags a change to this document invalidates directly. Lists of articles show author names and topic
 * titles, and slug lists (sitemaps) are tagged `articles`, so article, author, topic and page changes all refresh it. Drafts invalidate nothing: the site
 * reads the published perspective only.
 */
export function tagsForChangedDocument(doc: ChangedDocument): ContentTag[] {
  if (doc._id.startsWith('drafts.') || doc._id.startsWith('versions.')) return []
  const slug = typeof doc.slug === 'string' ? doc.slug : doc.slug?.current
  switch (doc._type) {
    case 'article':
      return slug ? [articleTag(slug), ARTICLES_TAG] : [ARTICLES_TAG]
    case 'author':
      return slug ? [authorTag(slug), ARTICLES_TAG] : [ARTICLES_TAG]
    case 'topic':
      return slug ? [topicTag(slug), ARTICLES_TAG] : [ARTICLES_TAG]
    case 'page':
      // Slug lists (sitemaps) ride on `articles` too.
      return slug ? [pageTag(slug), ARTICLES_TAG] : [ARTICLES_TAG]
    case 'siteSettings':
      return [SITE_SETTINGS_TAG]
    case 'consentSettings':
      return [CONSENT_SETTINGS_TAG]
    default:
      return []
  }
}
