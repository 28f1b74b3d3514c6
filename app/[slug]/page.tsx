import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPageBySlug } from '@/lib/content/pages'
import { getSiteSettings } from '@/lib/content/settings'
import { ArticleBody } from '@/components/article/ArticleBody'
import { FormattedTime } from '@/components/layout/FormattedTime'
import { listingMetadata, notFoundMetadata } from '../_lib/metadata'

type Props = { params: Promise<{ slug: string }> }

// CMS pages such as /privacy and /about; each is rendered on first request and then cached.
export async function generateStaticParams() {
  return [{ slug: 'privacy' }, { slug: 'about' }]
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const [page, site] = await Promise.all([getPageBySlug(slug), getSiteSettings()])
  if (!page) return notFoundMetadata
  return listingMetadata({ site, title: page.title, description: `${page.title} – ${site.title}`, path: `/${page.slug}` })
}

export default async function CmsPage({ params }: Props) {
  const { slug } = await params
  const [page, site] = await Promise.all([getPageBySlug(slug), getSiteSettings()])
  if (!page) notFound()
  return (
    <article className="prose-column">
      <h1>{page.title}</h1>
      <p className="page-updated">
        Last updated <FormattedTime dateTime={page.updatedAt} withTime={false} locale={site.language} />
      </p>
      <ArticleBody value={page.body} />
    </article>
  )
}
