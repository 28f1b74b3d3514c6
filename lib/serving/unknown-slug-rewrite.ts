import { parsePageParam } from '../content/pagination'
import { listingPageOf, NOT_FOUND_PATH, routableRouteOf, type SlugDirectory } from '../content/routable-slugs'
import type { RequestHandler } from './cached-request-handler'
import { isDraftPreview } from './full-page-cache'

/**
 * Sends page requests for slugs that do not exist to a path no route matches, which Next answers with the real
 * 404 page (full layout, readable without JavaScript) instead of the empty shell it renders for an on-demand
 * `notFound()` (see lib/content/routable-slugs.ts). Listing pages go the same way when their page segment is no
 * page number or lies past the end. Draft previews pass untouched: their documents are not published yet. If the
 * content source cannot be asked, the page renders and reports the problem itself.
 */
export function withUnknownSlugRewrite(directory: SlugDirectory, next: RequestHandler): RequestHandler {
  return async (req, res) => {
    if ((req.method === 'GET' || req.method === 'HEAD') && !isDraftPreview(req.headers)) {
      const url = req.url ?? '/'
      const query = url.indexOf('?')
      const pathname = query >= 0 ? url.slice(0, query) : url
      if (!(await exists(directory, pathname))) req.url = NOT_FOUND_PATH + (query >= 0 ? url.slice(query) : '')
    }
    return next(req, res)
  }
}

/** False only when the path surely shows nothing; a content source that cannot be asked counts as yes. */
async function exists(directory: SlugDirectory, pathname: string): Promise<boolean> {
  const route = routableRouteOf(pathname)
  if (route && !(await directory.has(route.kind, route.slug).catch(() => true))) return false
  const listing = listingPageOf(pathname)
  if (!listing) return true
  const page = parsePageParam(listing.page)
  if (!page.ok) return false
  return page.page === 1 || (await directory.hasListingPage(listing.listing, page.page).catch(() => true))
}
