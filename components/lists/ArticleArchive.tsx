import type { ReactNode } from 'react'
import type { ArticleSummary, Paginated } from '@/lib/content/types'
import { ArticleList } from './ArticleList'
import { Pagination } from './Pagination'

type ArticleArchiveProps = {
  header: ReactNode
  articles: Paginated<ArticleSummary>
  hrefForPage: (page: number) => string
  emptyMessage: string
  /** 3 when the header already has an h2 above the list. */
  headingLevel?: 2 | 3
  locale?: string
}

/** A paginated list page: the front page, an author's or a topic's articles. */
export function ArticleArchive({ header, articles, hrefForPage, emptyMessage, headingLevel = 2, locale }: ArticleArchiveProps) {
  return (
    <>
      {header}
      <ArticleList articles={articles.items} emptyMessage={emptyMessage} headingLevel={headingLevel} locale={locale} />
      <Pagination currentPage={articles.page} totalPages={articles.pageCount} hrefForPage={hrefForPage} />
    </>
  )
}

export function pageNote(list: Pick<Paginated<unknown>, 'page' | 'pageCount'>): string | null {
  return list.page > 1 ? `page ${list.page} of ${list.pageCount}` : null
}
