/**
 * Page numbers from a `?page=` search parameter, and the `Paginated` shape lists share.
 * Only canonical positive integers name a page, so every listing has exactly one URL per page:
 * `?page=abc`, `0`, `-1`, `01`, `1.5`, `1e9` and repeated parameters are not pages (routes answer 404).
 */
export type Paginated<T> = { items: T[]; page: number; pageSize: number; total: number; pageCount: number }

export const DEFAULT_PAGE_SIZE = 12
/** Beyond this no listing has pages; it also bounds the GROQ slice. */
export const MAX_PAGE = 10_000

export type PageParam = { ok: true; page: number } | { ok: false; reason: string }

export function parsePageParam(value: string | string[] | undefined | null): PageParam {
  if (value === undefined || value === null) return { ok: true, page: 1 }
  if (Array.isArray(value)) return { ok: false, reason: 'page given more than once' }
  if (!/^[1-9]\d{0,5}$/.test(value)) return { ok: false, reason: `"${value.slice(0, 20)}" is not a page number` }
  const page = Number(value)
  if (page > MAX_PAGE) return { ok: false, reason: `page ${page} is out of range` }
  return { ok: true, page }
}

/** Clamp a page number that came from code rather than a URL; lists ask for this before querying. */
export function normalisePage(page: number): number {
  return Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1
}

/** GROQ slice bounds for `[$start...$end]` (end exclusive). */
export function pageSlice(page: number, pageSize: number = DEFAULT_PAGE_SIZE): { start: number; end: number } {
  const start = (normalisePage(page) - 1) * pageSize
  return { start, end: start + pageSize }
}

export function paginate<T>(items: T[], total: number, page: number, pageSize: number = DEFAULT_PAGE_SIZE): Paginated<T> {
  return { items, page: normalisePage(page), pageSize, total, pageCount: Math.max(1, Math.ceil(total / pageSize)) }
}

/** Page 1 always exists (it may be empty); any later page must hold something. Routes call notFound() on true. */
export function isPageOutOfRange(list: Pick<Paginated<unknown>, 'page' | 'pageCount'>): boolean {
  return list.page > 1 && list.page > list.pageCount
}
