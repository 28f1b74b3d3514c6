/**
 * A same-origin path to send the reader back to after a no-JS choice, or the fallback. Accepts a path
 * (`/articles/x?y`) or an absolute URL on one of `allowedOrigins` (the Referer); refuses protocol-relative
 * `//host`, backslashes, control characters and other origins, so the redirect can never leave the site.
 */
export function safeReturnPath(candidate: string | null | undefined, allowedOrigins: readonly string[], fallback = '/'): string {
  if (typeof candidate !== 'string' || candidate === '' || candidate.length > 2048) return fallback
  if (/[\u0000-\u001f\u007f\\]/.test(candidate)) return fallback
  const isPath = candidate.startsWith('/') && !candidate.startsWith('//')
  const base = 'http://return.invalid'
  let url: URL
  try {
    url = new URL(candidate, base)
  } catch {
    return fallback
  }
  if (isPath) {
    if (url.origin !== base) return fallback
  } else if (!allowedOrigins.includes(url.origin)) {
    return fallback
  }
  // Never bounce back to the API itself.
  if (url.pathname.startsWith('/api/')) return fallback
  return `${url.pathname}${url.search}`
}
