import { getSiteSettings } from '@/lib/content/settings'
import { getFeedArticles } from '@/lib/content/syndication'
import { articleFeedXml } from '@/lib/seo/syndication'
import { sitePaths } from '@/lib/seo/urls'
import { xmlResponse } from '../_lib/xml-response'

export const dynamic = 'force-static'

export async function GET() {
  const [site, articles] = await Promise.all([getSiteSettings(), getFeedArticles()])
  const xml = articleFeedXml({
    site,
    articles,
    title: site.title,
    description: site.description,
    pagePath: sitePaths.home(),
    feedPath: sitePaths.feed(),
  })
  return xmlResponse(xml, 'application/rss+xml')
}
