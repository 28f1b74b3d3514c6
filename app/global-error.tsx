'use client'

import Link from 'next/link'
import './globals.css'

/** Replaces the root layout when it fails (e.g. site settings cannot be read), so it brings its own html. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#content">
          Skip to content
        </a>
        <main id="content" tabIndex={-1} className="page-main">
          <div className="page-state" role="alert">
            <h1>Something went wrong</h1>
            <p>The site could not be shown just now. Please try again in a moment.</p>
            {error.digest ? <p>Reference: {error.digest}</p> : null}
            <p>
              <button type="button" className="button-like" onClick={() => reset()}>
                Try again
              </button>
            </p>
            <p>
              <Link href="/">Go to the front page</Link>
            </p>
          </div>
        </main>
      </body>
    </html>
  )
}
