import { z } from 'zod'
import type { ConsentSettings } from '@/lib/content/types'
import { effectiveConsent, gpcFromHeaders, isServiceAllowed } from './choices'
import { readConsentCookie } from './cookie'

/**
 * The first-party endpoint of the self-hosted demo analytics (public/analytics/meridian.js). It counts
 * page views in memory only, and only for readers whose consent cookie allows the analytics service:
 * the server enforces consent too, whatever a script sends.
 */
export const ANALYTICS_SERVICE_KEY = 'meridian-analytics'
const MAX_BEACON_BYTES = 2048

const beaconSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  path: z.string().max(512).regex(/^\/(?!\/)[^\s\\]*$/),
})

const pageViews = new Map<string, number>()

/** Page views counted since the process started, by path. */
export function analyticsPageViews(): ReadonlyMap<string, number> {
  return pageViews
}

export async function handleAnalyticsBeacon(request: Request, settings: () => Promise<ConsentSettings>, now = new Date()): Promise<Response> {
  const noContent = new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } })
  if (request.method !== 'POST') return new Response('Method not allowed', { status: 405, headers: { allow: 'POST' } })
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  // sendBeacon with a string body sends text/plain.
  if (type !== 'application/json' && type !== 'text/plain') return new Response('Unsupported media type', { status: 415 })
  if (Number(request.headers.get('content-length') ?? '0') > MAX_BEACON_BYTES) return new Response('Too large', { status: 413 })
  const body = await request.text()
  if (body.length > MAX_BEACON_BYTES) return new Response('Too large', { status: 413 })
  let data: unknown
  try {
    data = JSON.parse(body)
  } catch {
    return new Response('Bad beacon', { status: 400 })
  }
  const beacon = beaconSchema.safeParse(data)
  if (!beacon.success) return new Response('Bad beacon', { status: 400 })

  let consentSettings: ConsentSettings
  try {
    consentSettings = await settings()
  } catch {
    return noContent
  }
  const consent = effectiveConsent(readConsentCookie(request.headers.get('cookie')), consentSettings, now, gpcFromHeaders(request.headers))
  if (!isServiceAllowed(consentSettings, consent, ANALYTICS_SERVICE_KEY)) return noContent
  const path = beacon.data.path.split('?')[0]!
  pageViews.set(path, (pageViews.get(path) ?? 0) + 1)
  return noContent
}
