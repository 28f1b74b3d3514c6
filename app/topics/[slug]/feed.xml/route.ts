import { getSiteSettings } from '@/lib/content/settings'
import { getAllTopicSlugs, getTopicBySlug } from '@/lib/content/topics'
import { getFeedArticlesFor } from '@/lib/content/syndication'
import { articleFeedXml } from '@/lib/seo/syndication'
import { sitePaths } from '@/lib/seo/urls'
import { xmlResponse } from '../../../_lib/xml-response'

export const dynamic = 'force-static'

export async function generateStaticParams() {
  return (await getAllTopicSlugs()).map((slug) => ({ slug }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const [site, found] = await Promise.all([getSiteSettings(), getTopicBySlug(slug)])
  if (!found) return new Response('Not Found', { status: 404 })
  const articles = await getFeedArticlesFor('topic', slug, found.topic.id)
  const xml = articleFeedXml({
    site,
    articles,
    title: `${found.topic.title} | ${site.title}`,
    description: found.topic.description,
    pagePath: sitePaths.topic(slug),
    feedPath: sitePaths.topicFeed(slug),
  })
  return xmlResponse(xml, 'application/rss+xml')
}
