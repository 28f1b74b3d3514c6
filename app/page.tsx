import type { Metadata } from 'next'
import { getLatestArticles } from '@/lib/content/articles'
import { getSiteSettings } from '@/lib/content/settings'
import { ArticleArchive } from '@/components/lists/ArticleArchive'
import { ListHeader } from '@/components/lists/ListHeader'
import { latestHref } from '@/components/hrefs'
import { homePageJsonLd } from '@/lib/seo/page-json-ld'
import { JsonLdScript } from '@/components/seo/JsonLdScript'
import { listingMetadata } from './_lib/metadata'

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteSettings()
  return listingMetadata({ site, title: null, description: site.description, path: '/', feed: { path: '/feed.xml', title: site.title } })
}

export default async function HomePage() {
  const [site, articles] = await Promise.all([getSiteSettings(), getLatestArticles(1)])
  return (
    <>
      <JsonLdScript data={homePageJsonLd(site)} />
      <ArticleArchive
        header={<ListHeader title="Latest analysis" description={site.description} />}
        articles={articles}
        hrefForPage={latestHref}
        emptyMessage="No articles have been published yet."
        locale={site.language}
      />
    </>
  )
}
