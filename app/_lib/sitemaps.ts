import { baseImageUrl } from '@/lib/content/image'
import { getSiteSettings } from '@/lib/content/settings'
import { getSitemapData } from '@/lib/content/syndication'
import { sitemapFiles } from '@/lib/seo/syndication'

/** Settings, sitemap data and the child sitemaps, as every sitemap route needs them. */
export async function loadSitemaps() {
  const [site, data] = await Promise.all([getSiteSettings(), getSitemapData()])
  return { site, data, files: sitemapFiles(site, data, (assetId) => baseImageUrl(assetId)) }
}
