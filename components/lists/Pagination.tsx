import Link from 'next/link'
import styles from './Pagination.module.css'

type PaginationProps = {
  currentPage: number
  totalPages: number
  /** The URL of a page of this list, 1-based. */
  hrefForPage: (page: number) => string
  label?: string
}

type Slot = number | 'gap'

/** First, last, and the current page with its neighbours; gaps where pages are skipped. */
export function pageSlots(currentPage: number, totalPages: number): Slot[] {
  const pages = new Set<number>([1, totalPages, currentPage - 1, currentPage, currentPage + 1])
  const sorted = [...pages].filter((page) => page >= 1 && page <= totalPages).sort((a, b) => a - b)
  const slots: Slot[] = []
  sorted.forEach((page, index) => {
    const previous = sorted[index - 1]
    if (previous !== undefined && page - previous === 2) slots.push(previous + 1)
    else if (previous !== undefined && page - previous > 2) slots.push('gap')
    slots.push(page)
  })
  return slots
}

export function Pagination({ currentPage, totalPages, hrefForPage, label = 'Pagination' }: PaginationProps) {
  if (totalPages <= 1) return null
  const hasPrevious = currentPage > 1
  const hasNext = currentPage < totalPages
  return (
    <nav aria-label={label} className={styles.pagination}>
      <ul className={styles.list}>
        <li className={styles.edge}>
          {hasPrevious ? (
            <Link href={hrefForPage(currentPage - 1)} rel="prev">
              <span aria-hidden="true">← </span>Previous<span className="visually-hidden"> page</span>
            </Link>
          ) : null}
        </li>
        {pageSlots(currentPage, totalPages).map((slot, index) =>
          slot === 'gap' ? (
            <li key={`gap-${index}`} className={styles.gap} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={slot}>
              <Link
                href={hrefForPage(slot)}
                aria-current={slot === currentPage ? 'page' : undefined}
                className={slot === currentPage ? styles.current : undefined}
              >
                <span className="visually-hidden">Page </span>
                {slot}
              </Link>
            </li>
          ),
        )}
        <li className={styles.edge}>
          {hasNext ? (
            <Link href={hrefForPage(currentPage + 1)} rel="next">
              Next<span className="visually-hidden"> page</span>
              <span aria-hidden="true"> →</span>
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  )
}
