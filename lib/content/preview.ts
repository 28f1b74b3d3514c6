import 'server-only'
import { timingSafeEqual } from 'node:crypto'
import { serverEnv } from '@/lib/env'
import { getContentClient } from './client'

/**
 * Draft preview access. The Studio's "Open preview" link carries a one-hour secret that the Studio stored as a
 * `sanity.previewUrlSecret` draft document with the editor's own credentials (sanity/studio/preview.ts, the same
 * scheme as @sanity/preview-url-secret): only someone who can write to the dataset can mint one, and nothing
 * secret ships in the Studio bundle. SANITY_PREVIEW_SECRET, when set, is accepted too (scripts, tests).
 */
export const PREVIEW_SECRET_TYPE = 'sanity.previewUrlSecret'
export const PREVIEW_SECRET_TTL_SECONDS = 60 * 60

const SECRET_QUERY = `*[_type == "${PREVIEW_SECRET_TYPE}" && secret == $secret && dateTime(_updatedAt) > dateTime(now()) - ${PREVIEW_SECRET_TTL_SECONDS}][0]._id`

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

export async function isValidPreviewSecret(secret: string | null): Promise<boolean> {
  if (!secret || secret.length < 16 || secret.length > 200) return false
  const shared = serverEnv.SANITY_PREVIEW_SECRET
  if (shared && sameSecret(secret, shared)) return true
  const id = await getContentClient()
    .withConfig({ perspective: 'raw', useCdn: false })
    .fetch<string | null>(SECRET_QUERY, { secret }, { cache: 'no-store' })
  return typeof id === 'string'
}

/** Only a path on this site: never an absolute or protocol-relative URL (no open redirect). */
export function previewRedirectPath(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/'
  try {
    const url = new URL(value, 'http://site.invalid')
    return url.host === 'site.invalid' ? `${url.pathname}${url.search}` : '/'
  } catch {
    return '/'
  }
}
