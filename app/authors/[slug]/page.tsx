import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getAllAuthorSlugs, getAuthorBySlug } from '@/lib/content/authors'
import { getSiteSettings } from '@/lib/content/settings'
import { AuthorArchive } from '@/components/people/AuthorArchive'
import { authorHref } from '@/components/hrefs'
import { imageUrl } from '@/lib/content/image'
import { authorPageJsonLd } from '@/lib/seo/page-json-ld'
import { JsonLdScript } from '@/components/seo/JsonLdScript'
import { listingMetadata, notFoundMetadata } from '../../_lib/metadata'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await getAllAuthorSlugs()).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const [result, site] = await Promise.all([getAuthorBySlug(slug, 1), getSiteSettings()])
  if (!result) return notFoundMetadata
  const { author } = result
  return listingMetadata({
    site,
    title: author.name,
    description: `${author.role}. ${author.bio}`,
    path: authorHref(author.slug),
    image: author.portrait,
    feed: { path: `/authors/${author.slug}/feed.xml`, title: `${author.name} | ${site.title}` },
  })
}

export default async function AuthorPage({ params }: Props) {
  const { slug } = await params
  const [result, site] = await Promise.all([getAuthorBySlug(slug, 1), getSiteSettings()])
  if (!result) notFound()
  return (
    <>
      <JsonLdScript data={authorPageJsonLd(result.author, site, imageUrl)} />
      <AuthorArchive author={result.author} articles={result.articles} locale={site.language} />
    </>
  )
}
