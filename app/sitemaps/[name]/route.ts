import { sitemapXml } from '@/lib/seo/syndication'
import { loadSitemaps } from '../../_lib/sitemaps'
import { xmlResponse } from '../../_lib/xml-response'

export const dynamic = 'force-static'

export async function generateStaticParams() {
  const { files } = await loadSitemaps()
  return [...files.keys()].map((name) => ({ name }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params
  const { files } = await loadSitemaps()
  const xml = sitemapXml(files, name)
  if (!xml) return new Response('Not Found', { status: 404 })
  return xmlResponse(xml, 'application/xml')
}
