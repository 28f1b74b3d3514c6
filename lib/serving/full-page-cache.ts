/**
 * The site server's in-memory copy of whole responses that Next serves from its full-route cache.
 *
 * Next answers a cached page by running its router, the page's route module and its response cache on every
 * request: several milliseconds of CPU, a fifth of what serving the same bytes from public/ costs. This cache
 * sits where a CDN would: it keeps only responses Next itself marks as cache hits that any reader may share,
 * replays them byte for byte (one entry per Accept-Encoding value, as `Vary: Accept-Encoding` says), and is
 * emptied whenever the revalidation route expires tags, so a publish still reaches readers at once.
 *
 * It also sends requests for slugs that do not exist to the real 404 page (lib/serving/unknown-slug-rewrite.ts).
 *
 * No React, no Next: the site server (scripts/site-server.ts) owns the instance, the revalidation route reaches
 * it through a process-wide registry, because Next bundles the route's copy of this module separately.
 */

export type RequestFacts = {
  method?: string
  url?: string
  headers: Record<string, string | string[] | undefined>
}

export type CachedResponse = {
  status: number
  headers: Array<[string, string | string[]]>
  body: Buffer
  expiresAt: number
}

export type FullPageCacheOptions = { maxBytes?: number; maxEntryBytes?: number; now?: () => number }

// Requests that ask Next for something other than the shared HTML document: router payloads, prefetches,
// server actions, partial content.
const NON_DOCUMENT_HEADERS = [
  'rsc',
  'next-action',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-router-state-tree',
  'next-url',
  'range',
  'authorization',
]
// Draft mode and preview cookies: such requests see unpublished content and must never meet the cache.
const PREVIEW_COOKIE = /(?:^|;\s*)(?:__prerender_bypass|__next_preview_data)=/
// Hop-by-hop or per-response headers that are not replayed.
const NOT_REPLAYED = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'content-length'])

const single = (value: string | string[] | undefined): string =>
  Array.isArray(value) ? value.join(', ') : (value ?? '')

/** Whether a request carries Next's draft-mode or preview cookie: it sees unpublished content. */
export function isDraftPreview(headers: RequestFacts['headers']): boolean {
  return PREVIEW_COOKIE.test(single(headers.cookie))
}

/**
 * The key a request is served under, or null when it must go to Next. Only query-less GET/HEAD document
 * requests qualify: a query string would let anyone fill the cache with copies of one page.
 */
export function cacheKeyFor(request: RequestFacts): string | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  const url = request.url ?? ''
  if (!url.startsWith('/') || url.includes('?') || url.includes('#')) return null
  for (const name of NON_DOCUMENT_HEADERS) if (request.headers[name] !== undefined) return null
  if (isDraftPreview(request.headers)) return null
  const encoding = single(request.headers['accept-encoding']).toLowerCase().replace(/\s+/g, '')
  return `${encoding} ${url}`
}

/**
 * How long a finished response may be replayed, in ms, or null when it may not be stored: only a 200 that
 * Next served from its full-route cache (`x-nextjs-cache: HIT`) with a shared max age and no cookie.
 */
export function storableLifetimeMs(status: number, headers: Record<string, string | string[] | number | undefined>): number | null {
  if (status !== 200) return null
  if (String(headers['x-nextjs-cache'] ?? '') !== 'HIT') return null
  if (headers['set-cookie'] !== undefined) return null
  const cacheControl = String(headers['cache-control'] ?? '').toLowerCase()
  if (/\b(?:private|no-store|no-cache)\b/.test(cacheControl)) return null
  const sMaxAge = /\bs-maxage=(\d+)/.exec(cacheControl)
  const seconds = sMaxAge ? Number(sMaxAge[1]) : 0
  return seconds > 0 ? seconds * 1000 : null
}

export function replayableHeaders(
  headers: Record<string, string | string[] | number | undefined>,
): Array<[string, string | string[]]> {
  const out: Array<[string, string | string[]]> = []
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || NOT_REPLAYED.has(name.toLowerCase())) continue
    out.push([name, typeof value === 'number' ? String(value) : value])
  }
  return out
}

/** A byte-bounded LRU of whole responses with a generation that every purge advances. */
export class FullPageCache {
  private readonly entries = new Map<string, CachedResponse>()
  private bytes = 0
  private currentGeneration = 0
  private readonly maxBytes: number
  readonly maxEntryBytes: number
  private readonly now: () => number
  private readonly purgeListeners: Array<() => void> = []

  constructor(options: FullPageCacheOptions = {}) {
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024
    this.maxEntryBytes = options.maxEntryBytes ?? 2 * 1024 * 1024
    this.now = options.now ?? Date.now
  }

  /** Responses that started before a purge carry an older generation and are not stored (they may be stale). */
  get generation(): number {
    return this.currentGeneration
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes }
  }

  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (entry.expiresAt <= this.now()) {
      this.remove(key)
      return undefined
    }
    // Map order is recency order: move the hit to the end.
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry
  }

  /** Stores a finished response; false when it is too big or was produced before the latest purge. */
  set(
    key: string,
    response: { status: number; headers: Array<[string, string | string[]]>; body: Buffer; lifetimeMs: number },
    generation: number,
  ): boolean {
    if (generation !== this.currentGeneration || response.body.length > this.maxEntryBytes) return false
    this.remove(key)
    this.entries.set(key, {
      status: response.status,
      headers: response.headers,
      body: response.body,
      expiresAt: this.now() + response.lifetimeMs,
    })
    this.bytes += response.body.length
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.remove(oldest)
    }
    return true
  }

  purge(): void {
    this.entries.clear()
    this.bytes = 0
    this.currentGeneration++
    for (const listener of this.purgeListeners) listener()
  }

  /** Runs `listener` after every purge: other per-process copies of content follow the same publishes. */
  onPurge(listener: () => void): void {
    this.purgeListeners.push(listener)
  }

  private remove(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.bytes -= entry.body.length
    this.entries.delete(key)
  }
}

const REGISTRY = Symbol.for('site.full-page-cache')
type Registry = { [REGISTRY]?: FullPageCache }

/** Called by the site server once: the cache the revalidation route will purge. */
export function registerFullPageCache(cache: FullPageCache): void {
  ;(globalThis as Registry)[REGISTRY] = cache
}

/** Empties the site server's cache, if this process has one (not under `next dev` or a hosted platform). */
export function purgeFullPageCache(): boolean {
  const cache = (globalThis as Registry)[REGISTRY]
  cache?.purge()
  return cache !== undefined
}
