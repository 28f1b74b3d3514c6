import type { Metadata } from 'next'
import { getLatestArticles } from '@/lib/content/articles'
import { getSiteSettings } from '@/lib/content/settings'
import { ArticleArchive, pageNote } from '@/components/lists/ArticleArchive'
import { ListHeader } from '@/components/lists/ListHeader'
import { latestHref } from '@/components/hrefs'
import { listingMetadata, notFoundMetadata } from '../../_lib/metadata'
import { assertPageInRange, metadataPage, pageFromSegment } from '../../_lib/page-param'

type Props = { params: Promise<{ page: string }> }

export async function generateStaticParams() {
  const first = await getLatestArticles(1)
  return Array.from({ length: Math.max(0, first.pageCount - 1) }, (_, index) => ({ page: String(index + 2) }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = metadataPage((await params).page)
  if (page === null) return notFoundMetadata
  const site = await getSiteSettings()
  return listingMetadata({ site, title: `Latest analysis, page ${page}`, description: site.description, path: latestHref(page) })
}

export default async function LatestPage({ params }: Props) {
  const page = pageFromSegment((await params).page, latestHref())
  const [site, articles] = await Promise.all([getSiteSettings(), getLatestArticles(page)])
  assertPageInRange(articles)
  return (
    <ArticleArchive
      header={<ListHeader title="Latest analysis" pageNote={pageNote(articles)} />}
      articles={articles}
      hrefForPage={latestHref}
      emptyMessage="No articles have been published yet."
      locale={site.language}
    />
  )
}
