import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getAllTopicSlugs, getTopicBySlug } from '@/lib/content/topics'
import { getSiteSettings } from '@/lib/content/settings'
import { TopicArchive } from '@/components/lists/TopicArchive'
import { topicHref } from '@/components/hrefs'
import { topicPageJsonLd } from '@/lib/seo/page-json-ld'
import { JsonLdScript } from '@/components/seo/JsonLdScript'
import { listingMetadata, notFoundMetadata } from '../../_lib/metadata'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await getAllTopicSlugs()).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const [result, site] = await Promise.all([getTopicBySlug(slug, 1), getSiteSettings()])
  if (!result) return notFoundMetadata
  return listingMetadata({
    site,
    title: result.topic.title,
    description: result.topic.description,
    path: topicHref(slug),
    feed: { path: `/topics/${slug}/feed.xml`, title: `${result.topic.title} | ${site.title}` },
  })
}

export default async function TopicPage({ params }: Props) {
  const { slug } = await params
  const [result, site] = await Promise.all([getTopicBySlug(slug, 1), getSiteSettings()])
  if (!result) notFound()
  return (
    <>
      <JsonLdScript data={topicPageJsonLd(result.topic, result.articles.items, site)} />
      <TopicArchive topic={result.topic} articles={result.articles} locale={site.language} />
    </>
  )
}
