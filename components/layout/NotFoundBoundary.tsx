import { Suspense, type ReactNode } from 'react'
import { NotFoundContent } from './NotFoundContent'

/**
 * Wraps a route whose page may call notFound() for a slug it does not know.
 *
 * Next 16 server-renders notFound() thrown outside a Suspense boundary as a bare `<html id="__next_error__">`
 * document whose content exists only in the RSC payload: without JavaScript the reader gets a blank page, with
 * no root layout (vercel/next.js#95613). Inside a boundary, React finishes the shell (header, main, footer),
 * Next still answers 404, and the boundary shows this fallback until the client renders app/not-found.tsx.
 * Found pages are prerendered (static or ISR), so their HTML is complete and never contains the fallback.
 */
export function NotFoundBoundary({ children }: { children: ReactNode }) {
  return <Suspense fallback={<NotFoundContent />}>{children}</Suspense>
}
