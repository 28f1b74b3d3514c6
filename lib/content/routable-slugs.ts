import { defineQuery } from 'groq'
import { z } from 'zod'
import { DEFAULT_PAGE_SIZE } from './pagination'
import { slugSchema } from './schemas'

/**
 * Which slugs exist, for the site server in front of the pages (lib/serving/unknown-slug-rewrite.ts). Next 16
 * renders a page's `notFound()` during an on-demand (ISR) render as an empty error shell, readable only with
 * JavaScript; an unmatched URL instead renders the real 404 page. So requests for slugs that do not exist are
 * sent to an unmatched URL. The lists stay in memory until a publish makes the server forget them; an unknown
 * slug refreshes them (throttled), so a newly published article is found at once. The same holds for the later
 * pages of a listing (`/page/3`, `/topics/x/page/3`): one past the end is sent to the real 404 page too.
 */
export const ROUTABLE_SLUGS_QUERY = defineQuery(`{
  "article": *[_type == "article" && defined(slug.current)].slug.current,
  "author": *[_type == "author" && defined(slug.current)].slug.current,
  "topic": *[_type == "topic" && defined(slug.current)].slug.current,
  "page": *[_type == "page" && defined(slug.current)].slug.current
}`)

const slugList = z.array(z.unknown()).transform((items) => new Set(items.filter((s): s is string => slugSchema.safeParse(s).success)))
const routableSlugsSchema = z.object({ article: slugList, author: slugList, topic: slugList, page: slugList })

/**
 * How many articles each paginated listing holds. They count what LATEST_ARTICLES_QUERY and
 * ARTICLES_REFERENCING_QUERY count as `total` (tests/content/seed.integration.test.ts holds them to it).
 */
export const LISTING_TOTAL_QUERIES = {
  latest: defineQuery(`count(*[_type == "article"])`),
  topic: defineQuery(`count(*[_type == "article" && references(*[_type == "topic" && slug.current == $slug][0]._id)])`),
  author: defineQuery(`count(*[_type == "article" && references(*[_type == "author" && slug.current == $slug][0]._id)])`),
} as const
const listingTotalSchema = z.number().int().nonnegative()

export type RoutableKind = 'article' | 'author' | 'topic' | 'page'
export type RoutableSlugs = Record<RoutableKind, Set<string>>

/** A later page of a listing: the latest articles (`/page/n`), a topic's or an author's. */
export type ListingPage = { listing: 'latest' } | { listing: 'topic' | 'author'; slug: string }

export type SlugDirectory = {
  has(kind: RoutableKind, slug: string): Promise<boolean>
  /** Whether page `page` (≥ 2) of a listing holds any article. */
  hasListingPage(listing: ListingPage, page: number): Promise<boolean>
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

/**
 * The listing page a path shows, with its raw page segment: `/page/3`, `/topics/x/page/3`, `/authors/x/page/3`.
 * Null for every other path (feeds included).
 */
export function listingPageOf(pathname: string): { listing: ListingPage; page: string } | null {
  const segments = pathname.split('/').filter(Boolean)
  if (segments.length === 2 && segments[0] === 'page') return { listing: { listing: 'latest' }, page: segments[1]! }
  if (segments.length === 4 && segments[2] === 'page' && (segments[0] === 'topics' || segments[0] === 'authors')) {
    const route = routableRouteOf(pathname)
    if (route) return { listing: { listing: segments[0] === 'topics' ? 'topic' : 'author', slug: route.slug }, page: segments[3]! }
  }
  return null
}

/**
 * `fetch` runs ROUTABLE_SLUGS_QUERY and LISTING_TOTAL_QUERIES; `refreshAfterMs` throttles refetches caused by
 * unknown slugs and pages past the end.
 */
export function createSlugDirectory(options: {
  fetch: (query: string, params?: Record<string, unknown>) => Promise<unknown>
  refreshAfterMs?: number
  now?: () => number
}): SlugDirectory {
  const { fetch, refreshAfterMs = 250, now = Date.now } = options
  let current: { slugs: RoutableSlugs; at: number } | undefined
  let pending: Promise<RoutableSlugs> | undefined
  const totals = new Map<string, { total: Promise<number>; at: number }>()
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

  const keyOf = (listing: ListingPage) => (listing.listing === 'latest' ? 'latest' : `${listing.listing}:${listing.slug}`)

  function listingTotal(listing: ListingPage, fresh: boolean): Promise<number> {
    const key = keyOf(listing)
    const known = totals.get(key)
    if (known && !fresh) return known.total
    const total = fetch(LISTING_TOTAL_QUERIES[listing.listing], listing.listing === 'latest' ? {} : { slug: listing.slug }).then((raw) =>
      listingTotalSchema.parse(raw),
    )
    const entry = { total, at: now() }
    totals.set(key, entry)
    total.catch(() => {
      if (totals.get(key) === entry) totals.delete(key)
    })
    return total
  }

  const holds = (total: number, page: number) => page <= Math.max(1, Math.ceil(total / DEFAULT_PAGE_SIZE))

  return {
    async hasListingPage(listing, page) {
      if (holds(await listingTotal(listing, false), page)) return true
      const checkedAt = totals.get(keyOf(listing))?.at
      if (checkedAt !== undefined && now() - checkedAt < refreshAfterMs) return false
      return holds(await listingTotal(listing, true), page)
    },
    async has(kind, slug) {
      if (current?.slugs[kind].has(slug)) return true
      if (current && now() - current.at < refreshAfterMs) return false
      return (await load())[kind].has(slug)
    },
    forget() {
      current = undefined
      pending = undefined
      totals.clear()
      generation++
    },
  }
}
