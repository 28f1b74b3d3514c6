import 'server-only'
import { draftMode } from 'next/headers'
import { cache } from 'react'
import { getContentClient } from './client'
import { createContentLoaders } from './loaders'
import { createContentFetcher, logContentIssue, type ContentFetcher } from './runner'

export { ContentError } from './issues'

/**
 * Runs a query through the Sanity client with Next.js caching, parses it, and reports located problems.
 * `cache` and `next` travel through @sanity/client into get-it's fetch transport (its `react-server`
 * build, which Next's server bundles use) and so reach Next's patched `fetch`: results are cached until
 * one of `tags` is revalidated. Next 16 does not cache fetch by default, hence the explicit `force-cache`.
 */
const cachedFetch: ContentFetcher = createContentFetcher({
  client: { fetch: (query, params, options) => getContentClient().fetch(query, params, options) },
  report: logContentIssue,
  requestOptions: ({ tags }) => ({ cache: 'force-cache', next: { tags: [...tags] } }),
})

/**
 * Draft preview: drafts laid over published documents, never cached (nothing an editor previews may be served
 * to a reader from the data cache).
 */
const draftFetch: ContentFetcher = createContentFetcher({
  client: {
    fetch: (query, params, options) =>
      getContentClient().withConfig({ perspective: 'drafts', useCdn: false }).fetch(query, params, options),
  },
  report: logContentIssue,
  requestOptions: () => ({ cache: 'no-store' }),
})

/** False outside a request (build-time generators, scripts) and whenever draft mode is off. */
async function isDraftPreview(): Promise<boolean> {
  try {
    return (await draftMode()).isEnabled
  } catch {
    return false
  }
}

export const fetchContent: ContentFetcher = async (query) =>
  (await isDraftPreview()) ? draftFetch(query) : cachedFetch(query)

const loaders = createContentLoaders({ fetch: fetchContent, report: logContentIssue })

/**
 * The getters bound to the cached server fetch; routes import them from articles.ts, authors.ts, …
 * Each is memoised per render (React `cache`): a page's generateMetadata and its body ask for the same
 * article, and parsing and shaping it once is enough.
 */
export const serverContent = Object.fromEntries(
  Object.entries(loaders).map(([name, loader]) => [name, cache(loader)]),
) as typeof loaders
