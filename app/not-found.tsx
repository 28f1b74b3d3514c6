import type { Metadata } from 'next'
import Link from 'next/link'
import { SearchForm } from '@/components/search/SearchForm'

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } }

export default function NotFound() {
  return (
    <div className="page-state">
      <h1>Page not found</h1>
      <p>There is nothing at this address. The page may have moved, or the link may be mistyped.</p>
      <SearchForm query="" />
      <p>
        <Link href="/">Go to the front page</Link>
      </p>
    </div>
  )
}
