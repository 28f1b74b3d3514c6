import { ArticleCard, type ArticleCardData } from '@/components/lists/ArticleCard'
import styles from './SearchResults.module.css'

type SearchResultsProps = {
  query: string
  /** In ranking order, best match first. */
  results: readonly ArticleCardData[]
  total: number
  /** 1-based position of the first result on this page. */
  firstPosition: number
  locale?: string
}

export function SearchResults({ query, results, total, firstPosition, locale }: SearchResultsProps) {
  if (total === 0 || results.length === 0) {
    return (
      <div role="status" className={styles.status}>
        <p>
          No articles match <strong>“{query}”</strong>.
        </p>
        <p>Try fewer or different words, or browse the latest articles on the front page.</p>
      </div>
    )
  }
  return (
    <>
      <p role="status" className={styles.status}>
        {total === 1 ? '1 article matches' : `${total} articles match`} <strong>“{query}”</strong>
      </p>
      <ol className={styles.list} start={firstPosition}>
        {results.map((article) => (
          <li key={article.slug}>
            <ArticleCard article={article} headingLevel={2} locale={locale} />
          </li>
        ))}
      </ol>
    </>
  )
}
