import { w3cDateTime } from './dates'
import { escapeXml } from './xml'

/** Sitemaps per sitemaps.org, with Google's image and news extensions. */

export const SITEMAP_URL_LIMIT = 50_000
export const NEWS_SITEMAP_LIMIT = 1_000
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const IMAGE_NS = 'http://www.google.com/schemas/sitemap-image/1.1'
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9'

export type SitemapEntry = { loc: string; lastmod?: string; images?: string[] }

export type NewsSitemapEntry = { loc: string; title: string; publishedAt: string; noindex?: boolean }

const xmlHeader = '<?xml version="1.0" encoding="UTF-8"?>'

export function chunkEntries<T>(entries: T[], size: number = SITEMAP_URL_LIMIT): T[][] {
  if (size < 1) throw new RangeError('chunk size must be positive')
  const chunks: T[][] = []
  for (let i = 0; i < entries.length; i += size) chunks.push(entries.slice(i, i + size))
  return chunks
}

export function buildUrlSet(entries: SitemapEntry[]): string {
  if (entries.length > SITEMAP_URL_LIMIT) {
    throw new RangeError(`A sitemap holds at most ${SITEMAP_URL_LIMIT} URLs; split it with chunkEntries`)
  }
  const withImages = entries.some((e) => e.images && e.images.length > 0)
  const lines = [
    xmlHeader,
    `<urlset xmlns="${SITEMAP_NS}"${withImages ? ` xmlns:image="${IMAGE_NS}"` : ''}>`,
  ]
  for (const entry of entries) {
    lines.push('<url>', `<loc>${escapeXml(entry.loc)}</loc>`)
    if (entry.lastmod) lines.push(`<lastmod>${w3cDateTime(entry.lastmod)}</lastmod>`)
    // Google reads at most 1,000 images per URL.
    for (const image of (entry.images ?? []).slice(0, 1000)) {
      lines.push(`<image:image><image:loc>${escapeXml(image)}</image:loc></image:image>`)
    }
    lines.push('</url>')
  }
  lines.push('</urlset>')
  return `${lines.join('\n')}\n`
}

export function buildSitemapIndex(sitemaps: Array<{ loc: string; lastmod?: string }>): string {
  const lines = [xmlHeader, `<sitemapindex xmlns="${SITEMAP_NS}">`]
  for (const sitemap of sitemaps) {
    lines.push('<sitemap>', `<loc>${escapeXml(sitemap.loc)}</loc>`)
    if (sitemap.lastmod) lines.push(`<lastmod>${w3cDateTime(sitemap.lastmod)}</lastmod>`)
    lines.push('</sitemap>')
  }
  lines.push('</sitemapindex>')
  return `${lines.join('\n')}\n`
}

/** Google News wants an ISO 639 code; it takes `zh-cn`/`zh-tw` but otherwise only the language. */
export function newsLanguage(language: string): string {
  const lower = language.toLowerCase()
  if (lower === 'zh-cn' || lower === 'zh-tw') return lower
  return lower.split(/[-_]/)[0] || 'en'
}

/** Articles published within the last two days (relative to `now`), newest first, at most 1,000. */
export function selectNewsEntries(entries: NewsSitemapEntry[], now: Date): NewsSitemapEntry[] {
  const since = now.getTime() - NEWS_WINDOW_MS
  return entries
    .filter((e) => !e.noindex)
    .filter((e) => {
      const t = new Date(e.publishedAt).getTime()
      return Number.isFinite(t) && t >= since && t <= now.getTime()
    })
    .sort((a, b) => new Date(b.publishedAt).getTime() - new Date(a.publishedAt).getTime())
    .slice(0, NEWS_SITEMAP_LIMIT)
}

export function buildNewsSitemap(input: {
  publicationName: string
  language: string
  entries: NewsSitemapEntry[]
  now: Date
}): string {
  const entries = selectNewsEntries(input.entries, input.now)
  const lines = [xmlHeader, `<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">`]
  for (const entry of entries) {
    lines.push(
      '<url>',
      `<loc>${escapeXml(entry.loc)}</loc>`,
      '<news:news>',
      '<news:publication>',
      `<news:name>${escapeXml(input.publicationName)}</news:name>`,
      `<news:language>${escapeXml(newsLanguage(input.language))}</news:language>`,
      '</news:publication>',
      `<news:publication_date>${w3cDateTime(entry.publishedAt)}</news:publication_date>`,
      `<news:title>${escapeXml(entry.title)}</news:title>`,
      '</news:news>',
      '</url>',
    )
  }
  lines.push('</urlset>')
  return `${lines.join('\n')}\n`
}

export function buildRobotsTxt(input: { baseUrl: string; sitemapUrls: string[]; disallow?: string[] }): string {
  const lines = ['User-agent: *']
  const disallow = input.disallow ?? []
  if (disallow.length === 0) lines.push('Allow: /')
  for (const path of disallow) lines.push(`Disallow: ${path}`)
  lines.push('')
  for (const url of input.sitemapUrls) lines.push(`Sitemap: ${url}`)
  return `${lines.join('\n')}\n`
}
