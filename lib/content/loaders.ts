import {
  ARTICLES_TAG,
  CONSENT_SETTINGS_TAG,
  SITE_SETTINGS_TAG,
  articleTag,
  authorTag,
  pageTag,
  topicTag,
} from './cache-tags'
import { ContentError } from './issues'
import { DEFAULT_PAGE_SIZE, normalisePage, pageSlice, paginate } from './pagination'
import { excerpt, readingTimeMinutes, shapeBody, type ShapingWarning } from './portable-text'
import {
  ARTICLES_REFERENCING_QUERY,
  ARTICLE_BY_SLUG_QUERY,
  ARTICLE_SLUGS_QUERY,
  AUTHOR_BY_SLUG_QUERY,
  AUTHOR_SLUGS_QUERY,
  CONSENT_SETTINGS_QUERY,
  LATEST_ARTICLES_QUERY,
  PAGE_BY_SLUG_QUERY,
  PAGE_SLUGS_QUERY,
  RELATED_CANDIDATES_QUERY,
  SEARCH_ARTICLES_QUERY,
  SEARCH_ARTICLE_IDS_QUERY,
  SITE_SETTINGS_QUERY,
  TOPIC_BY_SLUG_QUERY,
  TOPIC_SLUGS_QUERY,
} from './queries'
import { RELATED_LIMIT, selectRelated } from './related'
import type { ContentFetcher, IssueReporter } from './runner'
import {
  ARTICLE_DOCUMENT_DROPS,
  ARTICLE_LIST_DROPS,
  RELATED_CANDIDATES_DROPS,
  SITE_SETTINGS_DROPS,
  SLUG_LIST_DROPS,
  articleDocumentSchema,
  articleListSchema,
  authorProfileSchema,
  consentSettingsSchema,
  pageDocumentSchema,
  relatedCandidatesSchema,
  searchIdsSchema,
  siteSettingsSchema,
  slugListSchema,
  slugSchema,
  toArticleSummaryFromDocument,
  topicSchema,
} from './schemas'
import { normaliseSearchQuery } from './search-query'
import type {
  Article,
  ArticleSummary,
  AuthorProfile,
  ConsentSettings,
  Page,
  Paginated,
  SearchResults,
  SiteSettings,
  Topic,
} from './types'

/** How many candidates sharing a topic or author are ranked for related articles: the newest, as a news site wants,
 * and few enough that a cold article page does not wait on summaries it will not show. */
const RELATED_CANDIDATE_LIMIT = 16
/** Matches per field considered for ranking; nobody pages past a few hundred search results. */
const SEARCH_CAP = 500

/**
 * The getters' logic over any ContentFetcher: the server binds it to the cached Next.js fetch (fetch.ts),
 * `npm run content:check` and the integration tests to a plain client. Pure orchestration: queries,
 * parsing and shaping only.
 */
export function createContentLoaders(deps: { fetch: ContentFetcher; report: IssueReporter; now?: () => Date }) {
  const { fetch, report, now = () => new Date() } = deps

  function reportShaping(label: string, documentId: string, documentType: string, warnings: ShapingWarning[]) {
    for (const w of warnings) report({ severity: 'warning', label, documentId, documentType, path: w.path, message: w.message })
  }

  function missingSingleton(id: string): ContentError {
    const label = id
    const issue = { severity: 'error' as const, label, documentId: id, documentType: id, path: [], message: 'the document is missing or unpublished' }
    report(issue)
    return new ContentError(label, [issue])
  }

  const isSlug = (slug: string) => slugSchema.safeParse(slug).success

  /** The site cannot render without its settings: a missing document throws a ContentError. */
  async function getSiteSettings(): Promise<SiteSettings> {
    const settings = await fetch({
      query: SITE_SETTINGS_QUERY,
      schema: siteSettingsSchema,
      tags: [SITE_SETTINGS_TAG],
      label: 'siteSettings',
      drop: SITE_SETTINGS_DROPS,
    })
    if (!settings) throw missingSingleton('siteSettings')
    return settings
  }

  /** Consent cannot be asked for without its document: a missing document throws a ContentError. */
  async function getConsentSettings(): Promise<ConsentSettings> {
    const consent = await fetch({
      query: CONSENT_SETTINGS_QUERY,
      schema: consentSettingsSchema,
      tags: [CONSENT_SETTINGS_TAG],
      label: 'consentSettings',
    })
    if (!consent) throw missingSingleton('consentSettings')
    return consent
  }

  async function getArticleBySlug(slug: string): Promise<Article | null> {
    if (!isSlug(slug)) return null
    const label = `article "${slug}"`
    // Both at once: the candidates query finds the article's references itself. Both settle before anything is
    // decided, so no query outlives this call.
    const [article, related] = await Promise.allSettled([
      fetch({
        query: ARTICLE_BY_SLUG_QUERY,
        params: { slug },
        schema: articleDocumentSchema,
        tags: [articleTag(slug), SITE_SETTINGS_TAG],
        label,
        drop: ARTICLE_DOCUMENT_DROPS,
      }),
      fetch({
        query: RELATED_CANDIDATES_QUERY,
        params: { slug, limit: RELATED_CANDIDATE_LIMIT },
        schema: relatedCandidatesSchema,
        tags: [ARTICLES_TAG],
        label: `related articles for "${slug}"`,
        drop: RELATED_CANDIDATES_DROPS,
      }),
    ])
    if (article.status === 'rejected') throw article.reason
    // Ranked suggestions are a nicety: if their query result is unusable (already reported), show the picks alone.
    if (related.status === 'rejected' && !(related.reason instanceof ContentError)) throw related.reason
    const doc = article.value
    const found = related.status === 'fulfilled' ? related.value : null
    if (!doc) return null
    const { body, warnings } = shapeBody(doc.body)
    reportShaping(label, doc._id, 'article', warnings)
    if (body.length === 0) {
      report({ severity: 'warning', label, documentId: doc._id, documentType: 'article', path: ['body'], message: 'no renderable blocks' })
    }
    const summary = toArticleSummaryFromDocument(doc)
    let candidates: ArticleSummary[] = found && doc.picks.length < RELATED_LIMIT ? found.sharing : []
    // Too few share a topic or author: the latest articles fill the gap (one more, as this one may be among them).
    if (found && doc.picks.length + candidates.length < RELATED_LIMIT) {
      const latest = await fetch({
        query: LATEST_ARTICLES_QUERY,
        params: { start: 0, end: RELATED_LIMIT + 1 },
        schema: articleListSchema,
        tags: [ARTICLES_TAG],
        label: `latest articles for "${slug}"`,
        drop: ARTICLE_LIST_DROPS,
      }).catch((error: unknown) => {
        if (error instanceof ContentError) return null
        throw error
      })
      candidates = [...candidates, ...(latest?.items ?? [])]
    }

    return {
      ...summary,
      body,
      readingTimeMinutes: readingTimeMinutes(body),
      excerpt: excerpt(body),
      corrections: doc.corrections,
      seo: doc.seo,
      related: selectRelated({ article: summary, picks: doc.picks, candidates, now: now() }),
    }
  }

  async function articleList(
    query: string,
    params: Record<string, unknown>,
    page: number,
    tags: Parameters<ContentFetcher>[0]['tags'],
    label: string,
  ): Promise<Paginated<ArticleSummary>> {
    const current = normalisePage(page)
    const list = await fetch({
      query,
      params: { ...params, ...pageSlice(current, DEFAULT_PAGE_SIZE) },
      schema: articleListSchema,
      tags,
      label,
      drop: ARTICLE_LIST_DROPS,
    })
    return paginate(list?.items ?? [], list?.total ?? 0, current, DEFAULT_PAGE_SIZE)
  }

  /** Newest first, 12 a page. A page past the end comes back empty (see isPageOutOfRange). */
  function getLatestArticles(page: number = 1): Promise<Paginated<ArticleSummary>> {
    return articleList(LATEST_ARTICLES_QUERY, {}, page, [ARTICLES_TAG], `latest articles, page ${normalisePage(page)}`)
  }

  async function getAuthorBySlug(
    slug: string,
    page: number = 1,
  ): Promise<{ author: AuthorProfile; articles: Paginated<ArticleSummary> } | null> {
    if (!isSlug(slug)) return null
    const author = await fetch({
      query: AUTHOR_BY_SLUG_QUERY,
      params: { slug },
      schema: authorProfileSchema,
      tags: [authorTag(slug)],
      label: `author "${slug}"`,
      drop: [['portrait'], ['links', '*']],
    })
    if (!author) return null
    const articles = await articleList(
      ARTICLES_REFERENCING_QUERY,
      { id: author.id },
      page,
      [authorTag(slug), ARTICLES_TAG],
      `articles by author "${slug}"`,
    )
    return { author, articles }
  }

  async function getTopicBySlug(slug: string, page: number = 1): Promise<{ topic: Topic; articles: Paginated<ArticleSummary> } | null> {
    if (!isSlug(slug)) return null
    const topic = await fetch({
      query: TOPIC_BY_SLUG_QUERY,
      params: { slug },
      schema: topicSchema,
      tags: [topicTag(slug)],
      label: `topic "${slug}"`,
    })
    if (!topic) return null
    const articles = await articleList(
      ARTICLES_REFERENCING_QUERY,
      { id: topic.id },
      page,
      [topicTag(slug), ARTICLES_TAG],
      `articles on topic "${slug}"`,
    )
    return { topic, articles }
  }

  /**
   * Ranked full-text search in two steps, so each `match` can be answered from an index: the ids matching in
   * title, standfirst or body, then those articles ranked with `score()`. An empty (or all-punctuation)
   * query returns no results without querying.
   */
  async function searchArticles(q: string | string[] | undefined, page: number = 1): Promise<SearchResults> {
    const { query, terms } = normaliseSearchQuery(q)
    if (terms.length === 0) return { ...paginate<ArticleSummary>([], 0, 1), query: '' }
    const label = `search "${query}"`
    const found = await fetch({ query: SEARCH_ARTICLE_IDS_QUERY, params: { terms, cap: SEARCH_CAP }, schema: searchIdsSchema, tags: [ARTICLES_TAG], label })
    const ids = [...new Set([...(found?.title ?? []), ...(found?.standfirst ?? []), ...(found?.body ?? [])])]
    if (ids.length === 0) return { ...paginate<ArticleSummary>([], 0, normalisePage(page)), query }
    const results = await articleList(SEARCH_ARTICLES_QUERY, { terms, ids }, page, [ARTICLES_TAG], label)
    return { ...results, query }
  }

  async function getPageBySlug(slug: string): Promise<Page | null> {
    if (!isSlug(slug)) return null
    const label = `page "${slug}"`
    const doc = await fetch({ query: PAGE_BY_SLUG_QUERY, params: { slug }, schema: pageDocumentSchema, tags: [pageTag(slug)], label })
    if (!doc) return null
    const { body, warnings } = shapeBody(doc.body)
    reportShaping(label, doc._id, 'page', warnings)
    return { id: doc._id, title: doc.title, slug: doc.slug, body, updatedAt: doc.updatedAt }
  }

  async function slugs(query: string, label: string): Promise<string[]> {
    return (await fetch({ query, schema: slugListSchema, tags: [ARTICLES_TAG], label, drop: SLUG_LIST_DROPS })) ?? []
  }

  return {
    getSiteSettings,
    getConsentSettings,
    getArticleBySlug,
    getLatestArticles,
    getAuthorBySlug,
    getTopicBySlug,
    searchArticles,
    getPageBySlug,
    getAllArticleSlugs: () => slugs(ARTICLE_SLUGS_QUERY, 'article slugs'),
    getAllAuthorSlugs: () => slugs(AUTHOR_SLUGS_QUERY, 'author slugs'),
    getAllTopicSlugs: () => slugs(TOPIC_SLUGS_QUERY, 'topic slugs'),
    getAllPageSlugs: () => slugs(PAGE_SLUGS_QUERY, 'page slugs'),
  }
}

export type ContentLoaders = ReturnType<typeof createContentLoaders>
