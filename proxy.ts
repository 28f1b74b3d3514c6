import { createClient } from '@sanity/client'
import { NextResponse, type NextRequest } from 'next/server'
import { clientConfigFor } from '@/lib/content/client-config'
import { createSlugDirectory, type RoutableKind } from '@/lib/content/routable-slugs'
import { resolveContentSource } from '@/lib/content/source'

/**
 * Sends requests for slugs that do not exist to an unmatched URL, which Next renders as the real 404 page
 * (status 404, full layout, readable without JavaScript); see lib/content/routable-slugs.ts for why.
 * Draft previews pass untouched: their documents are not published yet.
 */
const directory = createSlugDirectory({
  fetch: (query) =>
    createClient(clientConfigFor(resolveContentSource(), process.env.SANITY_API_READ_TOKEN || undefined)).fetch(query, {}, {
      cache: 'no-store',
    }),
})

const NOT_FOUND_PATH = '/_/not-found'
// Single-segment routes that are not CMS pages.
const RESERVED = new Set(['search', 'newsletter', 'privacy-settings', 'articles', 'authors', 'topics', 'page', 'api'])

function routeOf(pathname: string): { kind: RoutableKind; slug: string } | null {
  const segments = pathname.split('/').filter(Boolean).map((s) => {
    try {
      return decodeURIComponent(s)
    } catch {
      return s
    }
  })
  const [first, second] = segments
  if (segments.length === 1 && first && !RESERVED.has(first) && !first.includes('.')) return { kind: 'page', slug: first }
  if (!second) return null
  if (first === 'articles' && segments.length === 2) return { kind: 'article', slug: second }
  if (first === 'authors') return { kind: 'author', slug: second }
  if (first === 'topics') return { kind: 'topic', slug: second }
  return null
}

export async function proxy(request: NextRequest) {
  const route = routeOf(request.nextUrl.pathname)
  if (!route || request.cookies.has('__prerender_bypass')) return NextResponse.next()
  try {
    if (await directory.has(route.kind, route.slug)) return NextResponse.next()
  } catch {
    // Content source unreachable: let the page render and report it.
    return NextResponse.next()
  }
  return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url))
}

export const config = {
  matcher: ['/articles/:slug', '/authors/:slug/:rest*', '/topics/:slug/:rest*', '/:slug'],
}
