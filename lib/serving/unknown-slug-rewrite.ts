import { NOT_FOUND_PATH, routableRouteOf, type SlugDirectory } from '../content/routable-slugs'
import type { RequestHandler } from './cached-request-handler'
import { isDraftPreview } from './full-page-cache'

/**
 * Sends page requests for slugs that do not exist to a path no route matches, which Next answers with the real
 * 404 page (full layout, readable without JavaScript) instead of the empty shell it renders for an on-demand
 * `notFound()` (see lib/content/routable-slugs.ts). Draft previews pass untouched: their documents are not
 * published yet. If the content source cannot be asked, the page renders and reports the problem itself.
 */
export function withUnknownSlugRewrite(directory: SlugDirectory, next: RequestHandler): RequestHandler {
  return async (req, res) => {
    if ((req.method === 'GET' || req.method === 'HEAD') && !isDraftPreview(req.headers)) {
      const url = req.url ?? '/'
      const query = url.indexOf('?')
      const route = routableRouteOf(query >= 0 ? url.slice(0, query) : url)
      if (route && !(await directory.has(route.kind, route.slug).catch(() => true))) {
        req.url = NOT_FOUND_PATH + (query >= 0 ? url.slice(query) : '')
      }
    }
    return next(req, res)
  }
}
