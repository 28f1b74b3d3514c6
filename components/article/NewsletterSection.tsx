import type { ReactNode } from 'react'
import styles from './NewsletterSection.module.css'

type NewsletterSectionProps = {
  /** Unique on the page: builds the ids of the skip target. */
  idPrefix: string
  children: ReactNode
}

/**
 * Wraps the in-article newsletter promotion with its own "skip past" link, so keyboard and screen
 * reader users are not made to walk through a form they did not come for.
 */
export function NewsletterSection({ idPrefix, children }: NewsletterSectionProps) {
  const afterId = `${idPrefix}-after`
  return (
    <>
      <section className={styles.section} aria-label="Newsletter signup" data-print="hide">
        <a href={`#${afterId}`} className="skip-link skip-link--inline">
          Skip past newsletter signup
        </a>
        {children}
      </section>
      <span id={afterId} tabIndex={-1} className={styles.after} />
    </>
  )
}
