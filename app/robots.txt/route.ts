import { getSiteSettings } from '@/lib/content/settings'
import { buildRobotsTxt } from '@/lib/seo/sitemap'
import { absoluteUrl } from '@/lib/seo/urls'

export const dynamic = 'force-static'

export async function GET() {
  const site = await getSiteSettings()
  const body = buildRobotsTxt({
    baseUrl: site.baseUrl,
    sitemapUrls: [absoluteUrl(site.baseUrl, '/sitemap.xml'), absoluteUrl(site.baseUrl, '/news-sitemap.xml')],
    disallow: ['/api/'],
  })
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
