import { ArticleCard, type ArticleCardData } from '@/components/lists/ArticleCard'
import styles from './RelatedArticles.module.css'

type RelatedArticlesProps = {
  articles: readonly ArticleCardData[]
  /** The article being read: never offered as related to itself. */
  currentSlug: string
  locale?: string
}

/** Related articles in the order given (editors' picks first, then ranked); nothing when there are none. */
export function RelatedArticles({ articles, currentSlug, locale }: RelatedArticlesProps) {
  const seen = new Set<string>([currentSlug])
  const shown = articles.filter((article) => {
    if (seen.has(article.slug)) return false
    seen.add(article.slug)
    return true
  })
  if (shown.length === 0) return null
  return (
    <section className={styles.related} aria-labelledby="related-heading" data-print="hide">
      <h2 id="related-heading" className={styles.heading}>
        Related articles
      </h2>
      <ul className={styles.list}>
        {shown.map((article) => (
          <li key={article.slug}>
            <ArticleCard article={article} headingLevel={3} locale={locale} />
          </li>
        ))}
      </ul>
    </section>
  )
}
