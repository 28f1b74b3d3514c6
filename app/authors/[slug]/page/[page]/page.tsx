import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getAuthorBySlug } from '@/lib/content/authors'
import { getSiteSettings } from '@/lib/content/settings'
import { AuthorArchive } from '@/components/people/AuthorArchive'
import { authorHref } from '@/components/hrefs'
import { listingMetadata, notFoundMetadata } from '../../../../_lib/metadata'
import { assertPageInRange, metadataPage, pageFromSegment } from '../../../../_lib/page-param'

type Props = { params: Promise<{ slug: string; page: string }> }

// Later pages are rendered on first request and then cached like the rest.
export async function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page: pageParam } = await params
  const page = metadataPage(pageParam)
  if (page === null) return notFoundMetadata
  const [result, site] = await Promise.all([getAuthorBySlug(slug, page), getSiteSettings()])
  if (!result) return notFoundMetadata
  return listingMetadata({ site, title: `${result.author.name}, page ${page}`, description: result.author.bio, path: authorHref(slug, page) })
}

export default async function AuthorListPage({ params }: Props) {
  const { slug, page: pageParam } = await params
  const page = pageFromSegment(pageParam, authorHref(slug))
  const [result, site] = await Promise.all([getAuthorBySlug(slug, page), getSiteSettings()])
  if (!result) notFound()
  assertPageInRange(result.articles)
  return <AuthorArchive author={result.author} articles={result.articles} locale={site.language} />
}
