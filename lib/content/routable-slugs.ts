import { defineQuery } from 'groq'
import { z } from 'zod'
import { slugSchema } from './schemas'

/**
 * Which slugs exist, for the proxy in front of the pages. Next 16 renders a page's `notFound()` during an
 * on-demand (ISR) render as an empty error shell, readable only with JavaScript; an unmatched URL instead
 * renders the real 404 page. So the proxy sends requests for slugs that do not exist to an unmatched URL.
 * The lists are kept in memory briefly; an unknown slug refreshes them (throttled), so a newly published
 * article is found at once.
 */
export const ROUTABLE_SLUGS_QUERY = defineQuery(`{
  "article": *[_type == "article" && defined(slug.current)].slug.current,
  "author": *[_type == "author" && defined(slug.current)].slug.current,
  "topic": *[_type == "topic" && defined(slug.current)].slug.current,
  "page": *[_type == "page" && defined(slug.current)].slug.current
}`)

const slugList = z.array(z.unknown()).transform((items) => new Set(items.filter((s): s is string => slugSchema.safeParse(s).success)))
const routableSlugsSchema = z.object({ article: slugList, author: slugList, topic: slugList, page: slugList })

export type RoutableKind = 'article' | 'author' | 'topic' | 'page'
export type RoutableSlugs = Record<RoutableKind, Set<string>>

export type SlugDirectory = { has(kind: RoutableKind, slug: string): Promise<boolean> }

/** `fetch` runs ROUTABLE_SLUGS_QUERY; `refreshAfterMs` throttles refetches caused by unknown slugs. */
export function createSlugDirectory(options: {
  fetch: (query: string) => Promise<unknown>
  refreshAfterMs?: number
  now?: () => number
}): SlugDirectory {
  const { fetch, refreshAfterMs = 250, now = Date.now } = options
  let current: { slugs: RoutableSlugs; at: number } | undefined
  let pending: Promise<RoutableSlugs> | undefined

  function load(): Promise<RoutableSlugs> {
    pending ??= fetch(ROUTABLE_SLUGS_QUERY)
      .then((raw) => {
        const slugs = routableSlugsSchema.parse(raw)
        current = { slugs, at: now() }
        return slugs
      })
      .finally(() => {
        pending = undefined
      })
    return pending
  }

  return {
    async has(kind, slug) {
      if (current?.slugs[kind].has(slug)) return true
      if (current && now() - current.at < refreshAfterMs) return false
      return (await load())[kind].has(slug)
    },
  }
}
