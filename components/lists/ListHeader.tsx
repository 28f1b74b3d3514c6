import styles from './ListHeader.module.css'

type ListHeaderProps = {
  kicker?: string
  title: string
  description?: string | null
  /** "Page 2 of 5": said after the title on later pages so each page is distinct. */
  pageNote?: string | null
}

export function ListHeader({ kicker, title, description, pageNote }: ListHeaderProps) {
  return (
    <header className={styles.header}>
      {kicker ? <p className={styles.kicker}>{kicker}</p> : null}
      <h1 className={styles.title}>
        {title}
        {pageNote ? <span className={styles.pageNote}> ({pageNote})</span> : null}
      </h1>
      {description ? <p className={styles.description}>{description}</p> : null}
    </header>
  )
}
