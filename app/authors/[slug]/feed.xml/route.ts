import { getAllAuthorSlugs, getAuthorBySlug } from '@/lib/content/authors'
import { getSiteSettings } from '@/lib/content/settings'
import { getFeedArticlesFor } from '@/lib/content/syndication'
import { articleFeedXml } from '@/lib/seo/syndication'
import { sitePaths } from '@/lib/seo/urls'
import { xmlResponse } from '../../../_lib/xml-response'

export const dynamic = 'force-static'

export async function generateStaticParams() {
  return (await getAllAuthorSlugs()).map((slug) => ({ slug }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const [site, found] = await Promise.all([getSiteSettings(), getAuthorBySlug(slug)])
  if (!found) return new Response('Not Found', { status: 404 })
  const articles = await getFeedArticlesFor('author', slug, found.author.id)
  const xml = articleFeedXml({
    site,
    articles,
    title: `${found.author.name} | ${site.title}`,
    description: `${found.author.role}. ${found.author.bio}`,
    pagePath: sitePaths.author(slug),
    feedPath: sitePaths.authorFeed(slug),
  })
  return xmlResponse(xml, 'application/rss+xml')
}
