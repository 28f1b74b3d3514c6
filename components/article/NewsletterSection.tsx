import type { ReactNode } from 'react'
import styles from './NewsletterSection.module.css'

type NewsletterSectionProps = {
  /** Unique on the page: builds the id of the skip target. */
  idPrefix: string
  /** The promotion itself; it brings its own labelled section and heading. */
  children: ReactNode
}

/**
 * Puts a "skip past" link in front of the in-article newsletter promotion, so keyboard and screen reader
 * users are not made to walk through a form they did not come for. The target is the element after it.
 */
export function NewsletterSection({ idPrefix, children }: NewsletterSectionProps) {
  const afterId = `${idPrefix}-after`
  return (
    <>
      <div className={styles.wrapper} data-print="hide">
        <a href={`#${afterId}`} className="skip-link skip-link--inline">
          Skip past newsletter signup
        </a>
        {children}
      </div>
      <span id={afterId} tabIndex={-1} className={styles.after} />
    </>
  )
}
