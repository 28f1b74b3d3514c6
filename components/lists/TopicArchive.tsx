import type { ArticleSummary, Paginated, Topic } from '@/lib/content/types'
import { topicHref } from '@/components/hrefs'
import { ArticleArchive, pageNote } from './ArticleArchive'
import { ListHeader } from './ListHeader'

type TopicArchiveProps = { topic: Topic; articles: Paginated<ArticleSummary>; locale?: string }

export function TopicArchive({ topic, articles, locale }: TopicArchiveProps) {
  return (
    <ArticleArchive
      header={<ListHeader kicker="Topic" title={topic.title} description={articles.page === 1 ? topic.description : null} pageNote={pageNote(articles)} />}
      articles={articles}
      hrefForPage={(page) => topicHref(topic.slug, page)}
      emptyMessage={`Nothing has been published under ${topic.title} yet.`}
      locale={locale}
    />
  )
}
