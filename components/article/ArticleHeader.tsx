import { FormattedTime } from '@/components/layout/FormattedTime'
import { ArticleByline, type BylineAuthor } from './ArticleByline'
import { TopicLinks, type TopicLink } from './TopicLinks'
import styles from './ArticleHeader.module.css'

type ArticleHeaderProps = {
  title: string
  standfirst: string
  authors: readonly BylineAuthor[]
  topics: readonly TopicLink[]
  publishedAt: string
  updatedAt?: string | null
  locale?: string
}

export function ArticleHeader({ title, standfirst, authors, topics, publishedAt, updatedAt, locale }: ArticleHeaderProps) {
  // An "updated" time equal to (or, by mistake, before) publication says nothing new.
  const showUpdated = updatedAt != null && Date.parse(updatedAt) > Date.parse(publishedAt)
  return (
    <header className={styles.header}>
      <TopicLinks topics={topics} label="Article topics" />
      <h1 className={styles.title}>{title}</h1>
      <p className={styles.standfirst}>{standfirst}</p>
      <div className={styles.meta}>
        <ArticleByline authors={authors} />
        <dl className={styles.dates}>
          <div>
            <dt>Published</dt>
            <dd>
              <FormattedTime dateTime={publishedAt} locale={locale} />
            </dd>
          </div>
          {showUpdated ? (
            <div>
              <dt>Updated</dt>
              <dd>
                <FormattedTime dateTime={updatedAt} locale={locale} />
              </dd>
            </div>
          ) : null}
        </dl>
      </div>
    </header>
  )
}
