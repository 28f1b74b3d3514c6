import Link from 'next/link'
import { articleHref } from '@/components/hrefs'
import { FormattedTime } from '@/components/layout/FormattedTime'
import styles from './ArticleCard.module.css'

export type ArticleCardData = {
  slug: string
  title: string
  standfirst?: string | null
  publishedAt: string
  authors?: readonly { name: string; slug: string }[]
}

type ArticleCardProps = {
  article: ArticleCardData
  /** Heading level that fits the page outline around the list. */
  headingLevel?: 2 | 3
  locale?: string
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

export function ArticleCard({ article, headingLevel = 2, locale }: ArticleCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const names = (article.authors ?? []).map((author) => author.name)
  return (
    <article className={styles.card}>
      <Heading className={styles.title}>
        <Link href={articleHref(article.slug)}>{article.title}</Link>
      </Heading>
      {article.standfirst ? <p className={styles.standfirst}>{article.standfirst}</p> : null}
      <p className={styles.meta}>
        {names.length > 0 ? <span>{joinNames(names)}</span> : null}
        <FormattedTime dateTime={article.publishedAt} withTime={false} locale={locale} />
      </p>
    </article>
  )
}
