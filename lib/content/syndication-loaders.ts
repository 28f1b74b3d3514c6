import { z } from 'zod'
import { ARTICLES_TAG, SITE_SETTINGS_TAG, authorTag, topicTag } from './cache-tags'
import { shapeBody } from './portable-text'
import type { ContentFetcher, IssueReporter } from './runner'
import { ARTICLE_SUMMARY_DROPS, articleSummarySchema, dateTimeSchema, slugSchema } from './schemas'
import { FEED_ARTICLES_QUERY, FEED_ARTICLES_REFERENCING_QUERY, SITEMAP_QUERY } from './syndication-queries'
import type { ArticleSummary, PortableTextBody } from './types'

/** Feeds list every published article, as the home page does; `noindex` keeps an article out of sitemaps only. */
export type FeedArticle = ArticleSummary & { body: PortableTextBody; noindex: boolean; canonicalUrl?: string }

export type SitemapDocument = { id: string; slug: string; lastModified: string }
export type SitemapArticle = SitemapDocument & {
  title: string
  publishedAt: string
  imageAssetId?: string
  noindex: boolean
  canonicalUrl?: string
}
export type SitemapData = {
  articles: SitemapArticle[]
  authors: SitemapDocument[]
  topics: SitemapDocument[]
  pages: SitemapDocument[]
}

export const FEED_LIMIT = 50

const optionalBoolean = z
  .boolean()
  .nullish()
  .transform((v) => v ?? false)
const optionalUrl = z
  .string()
  .nullish()
  .transform((v) => v ?? undefined)

const feedItemSchema = z.object({
  summary: articleSummarySchema,
  body: z.array(z.unknown(), { error: 'body is missing' }),
  noindex: optionalBoolean,
  canonicalUrl: optionalUrl,
})
const feedListSchema = z.array(feedItemSchema)
const FEED_DROPS = [['*'], ...ARTICLE_SUMMARY_DROPS.map((rule) => ['*', 'summary', ...rule])]

const sitemapDocumentSchema = z
  .object({ _id: z.string(), slug: slugSchema, _updatedAt: dateTimeSchema })
  .transform((d): SitemapDocument => ({ id: d._id, slug: d.slug, lastModified: d._updatedAt }))

const sitemapArticleSchema = z
  .object({
    _id: z.string(),
    title: z.string().min(1),
    slug: slugSchema,
    publishedAt: dateTimeSchema,
    updatedAt: dateTimeSchema.nullish(),
    _updatedAt: dateTimeSchema,
    imageAssetId: z.string().nullish(),
    noindex: optionalBoolean,
    canonicalUrl: optionalUrl,
  })
  .transform(
    (a): SitemapArticle => ({
      id: a._id,
      title: a.title,
      slug: a.slug,
      publishedAt: a.publishedAt,
      // The editor's "updated" time is what readers see; fall back to the publication date, not to every typo fix.
      lastModified: a.updatedAt ?? a.publishedAt,
      noindex: a.noindex,
      ...(a.imageAssetId ? { imageAssetId: a.imageAssetId } : {}),
      ...(a.canonicalUrl ? { canonicalUrl: a.canonicalUrl } : {}),
    }),
  )

const sitemapSchema = z.object({
  articles: z.array(sitemapArticleSchema),
  authors: z.array(sitemapDocumentSchema),
  topics: z.array(sitemapDocumentSchema),
  pages: z.array(sitemapDocumentSchema),
})
const SITEMAP_DROPS = [['articles', '*'], ['authors', '*'], ['topics', '*'], ['pages', '*']]

/** Loaders for feeds and sitemaps over any ContentFetcher, like loaders.ts for pages. */
export function createSyndicationLoaders(deps: { fetch: ContentFetcher; report: IssueReporter }) {
  const { fetch, report } = deps

  function shape(items: z.output<typeof feedListSchema> | null, label: string): FeedArticle[] {
    return (items ?? []).map((item) => {
      const { body, warnings } = shapeBody(item.body)
      for (const w of warnings) {
        report({ severity: 'warning', label, documentId: item.summary.id, documentType: 'article', path: w.path, message: w.message })
      }
      return { ...item.summary, body, noindex: item.noindex, ...(item.canonicalUrl ? { canonicalUrl: item.canonicalUrl } : {}) }
    })
  }

  async function getFeedArticles(): Promise<FeedArticle[]> {
    const label = 'site feed'
    const items = await fetch({
      query: FEED_ARTICLES_QUERY,
      params: { limit: FEED_LIMIT },
      schema: feedListSchema,
      tags: [ARTICLES_TAG, SITE_SETTINGS_TAG],
      label,
      drop: FEED_DROPS,
    })
    return shape(items, label)
  }

  /** Articles referencing an author or topic (by id); the caller has resolved the slug to an id already. */
  async function getFeedArticlesFor(kind: 'author' | 'topic', slug: string, id: string): Promise<FeedArticle[]> {
    const label = `${kind} feed "${slug}"`
    const items = await fetch({
      query: FEED_ARTICLES_REFERENCING_QUERY,
      params: { id, limit: FEED_LIMIT },
      schema: feedListSchema,
      tags: [ARTICLES_TAG, SITE_SETTINGS_TAG, kind === 'author' ? authorTag(slug) : topicTag(slug)],
      label,
      drop: FEED_DROPS,
    })
    return shape(items, label)
  }

  async function getSitemapData(): Promise<SitemapData> {
    const data = await fetch({ query: SITEMAP_QUERY, schema: sitemapSchema, tags: [ARTICLES_TAG, SITE_SETTINGS_TAG], label: 'sitemaps', drop: SITEMAP_DROPS })
    return data ?? { articles: [], authors: [], topics: [], pages: [] }
  }

  return { getFeedArticles, getFeedArticlesFor, getSitemapData }
}
