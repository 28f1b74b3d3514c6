import type { ArticleSummary, AuthorProfile, Paginated } from '@/lib/content/types'
import { ArticleArchive } from '@/components/lists/ArticleArchive'
import { ListHeader } from '@/components/lists/ListHeader'
import { toFigureImage } from '@/components/media/ContentFigure'
import { authorHref } from '@/components/hrefs'
import { AuthorHeader } from './AuthorHeader'

type AuthorArchiveProps = { author: AuthorProfile; articles: Paginated<ArticleSummary>; locale?: string }

export function AuthorArchive({ author, articles, locale }: AuthorArchiveProps) {
  const header =
    articles.page > 1 ? (
      <ListHeader kicker="Author" title={author.name} pageNote={`page ${articles.page} of ${articles.pageCount}`} />
    ) : (
      <>
        <AuthorHeader
          name={author.name}
          role={author.role}
          bio={author.bio}
          portrait={author.portrait ? toFigureImage(author.portrait) : null}
          links={author.links}
        />
        <h2 className="section-heading">Articles by {author.name}</h2>
      </>
    )
  return (
    <ArticleArchive
      header={header}
      articles={articles}
      hrefForPage={(page) => authorHref(author.slug, page)}
      emptyMessage={`${author.name} has not published any articles yet.`}
      headingLevel={articles.page > 1 ? 2 : 3}
      locale={locale}
    />
  )
}
