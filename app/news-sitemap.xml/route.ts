import { newsSitemapXml } from '@/lib/seo/syndication'
import { loadSitemaps } from '../_lib/sitemaps'
import { xmlResponse } from '../_lib/xml-response'

export const dynamic = 'force-static'
// The two-day window moves with the clock, not only with publishing: regenerate at least every 15 minutes.
export const revalidate = 900

export async function GET() {
  const { site, data } = await loadSitemaps()
  return xmlResponse(newsSitemapXml(site, data, new Date()), 'application/xml')
}
