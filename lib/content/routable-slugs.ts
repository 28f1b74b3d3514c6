import { defineQuery } from 'groq'
import { z } from 'zod'
import { slugSchema } from './schemas'

/**
 * Which slugs exist, for the site server in front of the pages (lib/serving/unknown-slug-rewrite.ts). Next 16
 * renders a page's `notFound()` during an on-demand (ISR) render as an empty error shell, readable only with
 * JavaScript; an unmatched URL instead renders the real 404 page. So requests for slugs that do not exist are
 * sent to an unmatched URL. The lists stay in memory until a publish makes the server forget them; an unknown
 * slug refreshes them (throttled), so a newly published article is found at once.
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

export type SlugDirectory = {
  has(kind: RoutableKind, slug: string): Promise<boolean>
  /** Drops the lists (after a publish or deletion), so the next lookup reads them again. */
  forget(): void
}

/** A path no route matches: Next renders the root not-found page for it, with status 404. */
export const NOT_FOUND_PATH = '/_/not-found'

// Single-segment routes that are not CMS pages.
const RESERVED = new Set(['search', 'newsletter', 'privacy-settings', 'articles', 'authors', 'topics', 'page', 'api', '_'])

/** The CMS document a path shows, by kind and slug, or null for every other path. */
export function routableRouteOf(pathname: string): { kind: RoutableKind; slug: string } | null {
  const segments = pathname
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      try {
        return decodeURIComponent(segment)
      } catch {
        return segment
      }
    })
  const [first, second] = segments
  if (segments.length === 1 && first && !RESERVED.has(first) && !first.includes('.')) return { kind: 'page', slug: first }
  if (!second) return null
  if (first === 'articles' && segments.length === 2) return { kind: 'article', slug: second }
  if (first === 'authors') return { kind: 'author', slug: second }
  if (first === 'topics') return { kind: 'topic', slug: second }
  return null
}

/** `fetch` runs ROUTABLE_SLUGS_QUERY; `refreshAfterMs` throttles refetches caused by unknown slugs. */
export function createSlugDirectory(options: {
  fetch: (query: string) => Promise<unknown>
  refreshAfterMs?: number
  now?: () => number
}): SlugDirectory {
  const { fetch, refreshAfterMs = 250, now = Date.now } = options
  let current: { slugs: RoutableSlugs; at: number } | undefined
  let pending: Promise<RoutableSlugs> | undefined
  // Advanced by forget(): a list fetched before a publish must not be kept after it.
  let generation = 0

  function load(): Promise<RoutableSlugs> {
    if (pending) return pending
    const started = generation
    const loading: Promise<RoutableSlugs> = fetch(ROUTABLE_SLUGS_QUERY)
      .then((raw) => {
        const slugs = routableSlugsSchema.parse(raw)
        if (started === generation) current = { slugs, at: now() }
        return slugs
      })
      .finally(() => {
        if (pending === loading) pending = undefined
      })
    pending = loading
    return loading
  }

  return {
    async has(kind, slug) {
      if (current?.slugs[kind].has(slug)) return true
      if (current && now() - current.at < refreshAfterMs) return false
      return (await load())[kind].has(slug)
    },
    forget() {
      current = undefined
      pending = undefined
      generation++
    },
  }
}
