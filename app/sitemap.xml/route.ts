import { sitemapIndexXml } from '@/lib/seo/syndication'
import { loadSitemaps } from '../_lib/sitemaps'
import { xmlResponse } from '../_lib/xml-response'

export const dynamic = 'force-static'

export async function GET() {
  const { site, files } = await loadSitemaps()
  return xmlResponse(sitemapIndexXml(site, files), 'application/xml')
}
