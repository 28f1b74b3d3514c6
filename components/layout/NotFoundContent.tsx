import Link from 'next/link'
import { SearchForm } from '@/components/search/SearchForm'

/** What a reader sees at an address with nothing behind it. */
export function NotFoundContent() {
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
