import type { RequestHandler } from './cached-request-handler'

// Lists with numbered pages at `/…/page/n`: the home page, a topic, an author.
const LIST_PATH = /^(?:\/|\/(?:topics|authors)\/[^/]+)$/

/**
 * Where `?page=n` on a list belongs: `/…/page/n` (n ≥ 2) or the list itself (n = 1), other query parameters
 * kept. Readers and old links guess `?page=`; each page has one address. Null when nothing is to be redirected.
 */
export function pageQueryRedirect(url: string): string | null {
  const query = url.indexOf('?')
  if (query < 0) return null
  const path = url.slice(0, query)
  if (!LIST_PATH.test(path)) return null
  const params = new URLSearchParams(url.slice(query + 1))
  const page = params.get('page')
  if (page === null || !/^[1-9]\d{0,5}$/.test(page)) return null
  params.delete('page')
  const rest = params.toString()
  const target = page === '1' ? path : `${path === '/' ? '' : path}/page/${page}`
  return rest ? `${target}?${rest}` : target
}

/** Answers `?page=n` on a list with a permanent redirect to the page's own address. */
export function withPageQueryRedirect(next: RequestHandler): RequestHandler {
  return async (req, res) => {
    const target = req.method === 'GET' || req.method === 'HEAD' ? pageQueryRedirect(req.url ?? '/') : null
    if (target === null) return next(req, res)
    res.statusCode = 308
    res.setHeader('location', target)
    res.setHeader('content-type', 'text/plain; charset=utf-8')
    res.end(req.method === 'HEAD' ? undefined : `Moved to ${target}\n`)
  }
}
