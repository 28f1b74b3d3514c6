import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { searchArticles } from '@/lib/content/search'
import { getSiteSettings } from '@/lib/content/settings'
import { parsePageParam } from '@/lib/content/pagination'
import { SearchForm } from '@/components/search/SearchForm'
import { SearchResults } from '@/components/search/SearchResults'
import { Pagination } from '@/components/lists/Pagination'
import { searchHref } from '@/components/hrefs'
import { listingMetadata } from '../_lib/metadata'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** One query string, whatever the URL holds: the first `q`, trimmed. */
function queryFrom(value: string | string[] | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value
  return (raw ?? '').trim().slice(0, 200)
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = queryFrom((await searchParams).q)
  const site = await getSiteSettings()
  return listingMetadata({
    site,
    title: query ? `Search results for “${query}”` : 'Search',
    description: `Search the articles of ${site.title}.`,
    path: '/search',
    noindex: true,
  })
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams
  const query = queryFrom(params.q)
  const pageParam = parsePageParam(params.page)
  if (!pageParam.ok) notFound()
  const site = await getSiteSettings()

  if (query === '') {
    return (
      <div className="prose-column">
        <h1>Search</h1>
        <SearchForm query="" />
        <p>Enter a word or phrase to search headlines, standfirsts and article text.</p>
      </div>
    )
  }

  const results = await searchArticles(query, pageParam.page)
  if (results.page > 1 && results.page > results.pageCount) notFound()
  return (
    <div className="prose-column">
      <h1>Search</h1>
      <SearchForm query={query} />
      <SearchResults
        query={results.query || query}
        results={results.items}
        total={results.total}
        firstPosition={(results.page - 1) * results.pageSize + 1}
        locale={site.language}
      />
      <Pagination
        currentPage={results.page}
        totalPages={results.pageCount}
        hrefForPage={(page) => searchHref(query, page)}
        label="Search results pages"
      />
    </div>
  )
}
