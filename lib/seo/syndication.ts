import type { FeedArticle, SitemapData } from '@/lib/content/syndication-loaders'
import type { SiteSettings } from '@/lib/content/types'
import { articleGuid, buildRssFeed } from './feed'
import { bodyToHtml } from './portable-text-html'
import { buildNewsSitemap, buildSitemapIndex, buildUrlSet, chunkEntries, type SitemapEntry } from './sitemap'
import { absoluteUrl, articleCanonicalUrl, sitePaths } from './urls'

/**
 * Pure shaping from content to feeds and sitemaps. Every URL goes through urls.ts, so a feed, a sitemap
 * and the page's `<link rel=canonical>` name the same address.
 */

export function articleFeedXml(input: {
  site: SiteSettings
  articles: FeedArticle[]
  title: string
  description: string
  pagePath: string
  feedPath: string
}): string {
  const { site } = input
  return buildRssFeed({
    title: input.title,
    description: input.description,
    siteUrl: absoluteUrl(site.baseUrl, input.pagePath),
    feedUrl: absoluteUrl(site.baseUrl, input.feedPath),
    language: site.language,
    items: input.articles.map((article) => ({
      guid: articleGuid(site.baseUrl, article.id),
      title: article.title,
      url: articleCanonicalUrl(site.baseUrl, article.slug, article.canonicalUrl),
      publishedAt: article.publishedAt,
      ...(article.updatedAt ? { updatedAt: article.updatedAt } : {}),
      summary: article.standfirst,
      ...(site.feedContent === 'full' ? { contentHtml: bodyToHtml(article.body, site.baseUrl) } : {}),
      authors: article.authors.map((a) => a.name),
      categories: article.topics.map((t) => t.title),
    })),
  })
}

export const ARTICLES_SITEMAP_PREFIX = 'articles-'

/** The child sitemaps by file name; articles are split so none holds more than 50,000 URLs. */
export function sitemapFiles(
  site: SiteSettings,
  data: SitemapData,
  imageUrlFor: (assetId: string) => string,
  chunkSize?: number,
): Map<string, SitemapEntry[]> {
  const files = new Map<string, SitemapEntry[]>()
  // A noindexed article, or one whose canonical URL lives elsewhere, is not ours to list.
  const articles = data.articles
    .filter((a) => !a.noindex && !a.canonicalUrl)
    .map((a) => ({
      loc: absoluteUrl(site.baseUrl, sitePaths.article(a.slug)),
      lastmod: a.lastModified,
      ...(a.imageAssetId ? { images: [imageUrlFor(a.imageAssetId)] } : {}),
    }))
  const chunks = chunkEntries(articles, chunkSize)
  if (chunks.length === 0) chunks.push([])
  chunks.forEach((chunk, i) => files.set(`${ARTICLES_SITEMAP_PREFIX}${i + 1}.xml`, chunk))

  const newest = data.articles
    .filter((a) => !a.noindex)
    .map((a) => a.lastModified)
    .sort()
    .at(-1)
  files.set('pages.xml', [
    { loc: absoluteUrl(site.baseUrl, sitePaths.home()), ...(newest ? { lastmod: newest } : {}) },
    ...data.pages.map((p) => ({ loc: absoluteUrl(site.baseUrl, `/${p.slug}`), lastmod: p.lastModified })),
  ])
  files.set('authors.xml', data.authors.map((a) => ({ loc: absoluteUrl(site.baseUrl, sitePaths.author(a.slug)), lastmod: a.lastModified })))
  files.set('topics.xml', data.topics.map((t) => ({ loc: absoluteUrl(site.baseUrl, sitePaths.topic(t.slug)), lastmod: t.lastModified })))
  return files
}

export function sitemapIndexXml(site: SiteSettings, files: Map<string, SitemapEntry[]>): string {
  const entries = [...files.entries()].map(([name, urls]) => {
    const lastmod = urls
      .map((u) => u.lastmod)
      .filter((d): d is string => Boolean(d))
      .sort()
      .at(-1)
    return { loc: absoluteUrl(site.baseUrl, `/sitemaps/${name}`), ...(lastmod ? { lastmod } : {}) }
  })
  return buildSitemapIndex(entries)
}

export function sitemapXml(files: Map<string, SitemapEntry[]>, name: string): string | null {
  const urls = files.get(name)
  return urls ? buildUrlSet(urls) : null
}

export function newsSitemapXml(site: SiteSettings, data: SitemapData, now: Date): string {
  return buildNewsSitemap({
    publicationName: site.title,
    language: site.language,
    now,
    entries: data.articles
      .filter((a) => !a.canonicalUrl)
      .map((a) => ({ loc: absoluteUrl(site.baseUrl, sitePaths.article(a.slug)), title: a.title, publishedAt: a.publishedAt, noindex: a.noindex })),
  })
}
