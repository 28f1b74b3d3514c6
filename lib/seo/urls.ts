/**
 * One canonical absolute URL per page, built from the site settings' base URL. Pages, Open Graph,
 * JSON-LD, sitemaps and feeds all go through here so they cannot disagree.
 */
export function normaliseBaseUrl(baseUrl: string): string {
  const url = new URL(baseUrl)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`Base URL must be http or https: ${baseUrl}`)
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

export function absoluteUrl(baseUrl: string, path: string): string {
  if (/^https?:\/\//i.test(path)) return path
  const base = normaliseBaseUrl(baseUrl)
  const suffix = path.startsWith('/') ? path : `/${path}`
  return suffix === '/' ? `${base}/` : `${base}${suffix}`
}

export const sitePaths = {
  home: () => '/',
  article: (slug: string) => `/articles/${encodeURIComponent(slug)}`,
  author: (slug: string) => `/authors/${encodeURIComponent(slug)}`,
  topic: (slug: string) => `/topics/${encodeURIComponent(slug)}`,
  search: (query?: string) => (query ? `/search?q=${encodeURIComponent(query)}` : '/search'),
  feed: () => '/feed.xml',
  topicFeed: (slug: string) => `/topics/${encodeURIComponent(slug)}/feed.xml`,
  authorFeed: (slug: string) => `/authors/${encodeURIComponent(slug)}/feed.xml`,
} as const

/** The article's canonical URL: the editor's override when it is a valid absolute http(s) URL. */
export function articleCanonicalUrl(baseUrl: string, slug: string, override?: string | null): string {
  if (override) {
    try {
      const url = new URL(override)
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.toString()
    } catch {
      // An invalid override falls back to the site's own URL rather than breaking the page.
    }
  }
  return absoluteUrl(baseUrl, sitePaths.article(slug))
}
