import type { ReactNode } from 'react'
import styles from './NewsletterPanel.module.css'

/** The frame of the newsletter's own pages: one heading and a short text. */
export function Panel({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <div className={styles.panel}>
      <h1 className={styles.heading}>{heading}</h1>
      {children}
    </div>
  )
}
