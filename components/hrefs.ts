/** Site-relative URLs of the reader pages; one place so links and routes cannot drift apart. */

export function articleHref(slug: string): string {
  return `/articles/${encodeURIComponent(slug)}`
}

export function authorHref(slug: string, page = 1): string {
  const base = `/authors/${encodeURIComponent(slug)}`
  return page > 1 ? `${base}/page/${page}` : base
}

export function topicHref(slug: string, page = 1): string {
  const base = `/topics/${encodeURIComponent(slug)}`
  return page > 1 ? `${base}/page/${page}` : base
}

export function latestHref(page = 1): string {
  return page > 1 ? `/page/${page}` : '/'
}

export function searchHref(query: string, page = 1): string {
  const params = new URLSearchParams({ q: query })
  if (page > 1) params.set('page', String(page))
  return `/search?${params.toString()}`
}

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * The href to render for an editor-entered link, or null when it must not become a link.
 * The content shaper already drops unsafe links; this is the renderer's own guard so a
 * `javascript:` or `data:` URL can never reach the page whatever the data says.
 */
export function safeExternalHref(href: unknown): string | null {
  if (typeof href !== 'string' || href === '') return null
  // Browsers ignore tabs and newlines inside a scheme ("java\tscript:"), so refuse them outright.
  if (/[\s\u0000-\u001f\u007f]/.test(href)) return null
  let url: URL
  try {
    url = new URL(href)
  } catch {
    return null
  }
  return SAFE_SCHEMES.has(url.protocol) ? href : null
}

/** A path on this site ("/articles/…"), never a protocol-relative "//host" or anything with a scheme. */
export function safeInternalHref(href: unknown): string | null {
  if (typeof href !== 'string') return null
  return /^\/(?!\/)/.test(href) && !/[\s\u0000-\u001f\u007f\\]/.test(href) ? href : null
}

/** Site-relative paths from the CMS (navigation, footer): only "/…" paths or safe absolute URLs. */
export function safeNavHref(href: unknown): string | null {
  return safeInternalHref(href) ?? safeExternalHref(href)
}
