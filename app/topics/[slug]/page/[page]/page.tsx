import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTopicBySlug } from '@/lib/content/topics'
import { getSiteSettings } from '@/lib/content/settings'
import { TopicArchive } from '@/components/lists/TopicArchive'
import { topicHref } from '@/components/hrefs'
import { listingMetadata, notFoundMetadata } from '../../../../_lib/metadata'
import { assertPageInRange, metadataPage, pageFromSegment } from '../../../../_lib/page-param'

type Props = { params: Promise<{ slug: string; page: string }> }

// Later pages are rendered on first request and then cached like the rest.
export async function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page: pageParam } = await params
  const page = metadataPage(pageParam)
  if (page === null) return notFoundMetadata
  const [result, site] = await Promise.all([getTopicBySlug(slug, page), getSiteSettings()])
  if (!result) return notFoundMetadata
  return listingMetadata({ site, title: `${result.topic.title}, page ${page}`, description: result.topic.description, path: topicHref(slug, page) })
}

export default async function TopicListPage({ params }: Props) {
  const { slug, page: pageParam } = await params
  const page = pageFromSegment(pageParam, topicHref(slug))
  const [result, site] = await Promise.all([getTopicBySlug(slug, page), getSiteSettings()])
  if (!result) notFound()
  assertPageInRange(result.articles)
  return <TopicArchive topic={result.topic} articles={result.articles} locale={site.language} />
}
