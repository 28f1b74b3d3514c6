import { FormattedTime } from '@/components/layout/FormattedTime'
import styles from './ArticleCorrections.module.css'

export type Correction = { key?: string; date: string; text: string }

type ArticleCorrectionsProps = { corrections: readonly Correction[]; locale?: string }

/** Dated corrections, oldest first, kept visible on the article they correct. */
export function ArticleCorrections({ corrections, locale }: ArticleCorrectionsProps) {
  if (corrections.length === 0) return null
  const ordered = [...corrections].sort((a, b) => Date.parse(a.date) - Date.parse(b.date))
  return (
    <section className={styles.corrections} aria-labelledby="corrections-heading">
      <h2 id="corrections-heading" className={styles.heading}>
        {ordered.length === 1 ? 'Correction' : 'Corrections'}
      </h2>
      <ul className={styles.list}>
        {ordered.map((correction, index) => (
          <li key={correction.key ?? `${correction.date}-${index}`}>
            <FormattedTime dateTime={correction.date} withTime={false} locale={locale} />
            <span className={styles.sep} aria-hidden="true">
              {' · '}
            </span>
            <span>{correction.text}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
