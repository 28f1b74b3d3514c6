import type { SanityClient, SanityDocumentLike } from 'sanity'

/**
 * "Open preview" in a document's menu (Sanity's `document.productionUrl`): the site's draft-mode route with a
 * one-hour secret. The Studio stores the secret as a `sanity.previewUrlSecret` draft with the editor's own
 * credentials and the site checks it exists (lib/content/preview.ts); nothing secret is built into the bundle.
 * One secret per Studio session, renewed before it expires, so typing in a document mints no new ones.
 */
export const PREVIEW_SECRET_TYPE = 'sanity.previewUrlSecret'
const SECRET_LIFETIME_MS = 60 * 60 * 1000
const RENEW_BEFORE_MS = 10 * 60 * 1000

/** Set by the local Studio server in index.html: the site it was started with (any port). */
declare global {
  interface Window {
    __MERIDIAN_PREVIEW_ORIGIN__?: string
  }
}

export function previewOriginFromEnv(): string {
  const served = typeof window === 'undefined' ? undefined : window.__MERIDIAN_PREVIEW_ORIGIN__
  // Replaced literally by the Studio bundler, like every SANITY_STUDIO_* variable.
  const origin = served ?? process.env.SANITY_STUDIO_PREVIEW_ORIGIN
  return (origin && origin.trim() !== '' ? origin.trim() : 'http://localhost:3000').replace(/\/+$/, '')
}

/** The public path of a document on the site, or null for types the site has no page for. */
export function sitePathFor(document: SanityDocumentLike): string | null {
  const slug = (document as { slug?: { current?: unknown } }).slug?.current
  if (typeof slug !== 'string' || slug === '') return document._type === 'siteSettings' ? '/' : null
  const encoded = encodeURIComponent(slug)
  switch (document._type) {
    case 'article':
      return `/articles/${encoded}`
    case 'author':
      return `/authors/${encoded}`
    case 'topic':
      return `/topics/${encoded}`
    case 'page':
      return `/${encoded}`
    default:
      return null
  }
}

function randomSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24))
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

let current: { secret: string; expiresAt: number } | undefined

async function previewSecret(client: SanityClient): Promise<string> {
  if (current && current.expiresAt - RENEW_BEFORE_MS > Date.now()) return current.secret
  const secret = randomSecret()
  await client.createOrReplace({
    _id: `drafts.preview-secret-${randomSecret().slice(0, 16).replace(/[^A-Za-z0-9]/g, 'x')}`,
    _type: PREVIEW_SECRET_TYPE,
    secret,
    source: 'productionUrl',
    studioUrl: typeof location === 'undefined' ? '' : location.origin,
  })
  current = { secret, expiresAt: Date.now() + SECRET_LIFETIME_MS }
  return secret
}

export async function resolvePreviewUrl(
  previous: string | undefined,
  context: { document: SanityDocumentLike; getClient: (options: { apiVersion: string }) => SanityClient },
): Promise<string | undefined> {
  const path = sitePathFor(context.document)
  if (!path) return previous
  const secret = await previewSecret(context.getClient({ apiVersion: '2025-02-19' }))
  const url = new URL('/api/draft-mode/enable', previewOriginFromEnv())
  url.searchParams.set('secret', secret)
  url.searchParams.set('redirect', path)
  return url.toString()
}
