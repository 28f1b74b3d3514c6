import { notFound, permanentRedirect } from 'next/navigation'
import { isPageOutOfRange, parsePageParam } from '@/lib/content/pagination'
import type { Paginated } from '@/lib/content/types'

/**
 * The page number in a `/…/page/[page]` segment. Anything but a canonical integer ≥ 2 is not a page:
 * "1" redirects to the list's first URL so each page has exactly one address; the rest are 404s.
 */
export function pageFromSegment(value: string, firstPageHref: string): number {
  const parsed = parsePageParam(value)
  if (!parsed.ok) notFound()
  if (parsed.page === 1) permanentRedirect(firstPageHref)
  return parsed.page
}

/** A later page past the end of the list does not exist. */
export function assertPageInRange(list: Pick<Paginated<unknown>, 'page' | 'pageCount'>): void {
  if (isPageOutOfRange(list)) notFound()
}

/** For generateMetadata, which must not throw (Next renders a 404 thrown there without the site's layout). */
export function metadataPage(value: string): number | null {
  const parsed = parsePageParam(value)
  return parsed.ok && parsed.page > 1 ? parsed.page : null
}
