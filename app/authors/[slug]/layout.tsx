import type { ReactNode } from 'react'
import { NotFoundBoundary } from '@/components/layout/NotFoundBoundary'

// Keeps an unknown slug's 404 server-rendered inside the site's layout; see NotFoundBoundary.
export default function Layout({ children }: { children: ReactNode }) {
  return <NotFoundBoundary>{children}</NotFoundBoundary>
}
