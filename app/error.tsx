'use client'

import Link from 'next/link'
import { useEffect } from 'react'

/** A page that failed to render: say so plainly and offer a retry; the header and footer stay usable. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <div className="page-state" role="alert">
      <h1>Something went wrong</h1>
      <p>This page could not be shown just now. Please try again in a moment.</p>
      {error.digest ? <p className="visually-hidden">Reference: {error.digest}</p> : null}
      <p>
        <button type="button" className="button-like" onClick={() => reset()}>
          Try again
        </button>
      </p>
      <p>
        <Link href="/">Go to the front page</Link>
      </p>
    </div>
  )
}
