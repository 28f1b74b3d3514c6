import { ArticleCard, type ArticleCardData } from './ArticleCard'
import styles from './ArticleList.module.css'

type ArticleListProps = {
  articles: readonly ArticleCardData[]
  headingLevel?: 2 | 3
  /** Shown instead of an empty list. */
  emptyMessage: string
  locale?: string
}

export function ArticleList({ articles, headingLevel = 2, emptyMessage, locale }: ArticleListProps) {
  if (articles.length === 0) return <p className={styles.empty}>{emptyMessage}</p>
  return (
    <ul className={styles.list}>
      {articles.map((article) => (
        <li key={article.slug}>
          <ArticleCard article={article} headingLevel={headingLevel} locale={locale} />
        </li>
      ))}
    </ul>
  )
}
