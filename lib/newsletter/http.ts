import { toCsv } from './csv'
import type { NewsletterService } from './service'
import { constantTimeEqual } from './signing'

/** The newsletter's HTTP endpoints as plain Request → Response functions; the route files only wire them. */

/**
 * The client's address as our own reverse proxy saw it: the LAST x-forwarded-for entry (earlier ones are
 * whatever the client sent), else x-real-ip. Deployments with more proxy hops should set x-real-ip.
 */
export function clientIpFromHeaders(headers: Pick<Headers, 'get'>): string | null {
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded?.split(',').map((s) => s.trim()).filter(Boolean).pop()
  const ip = last ?? headers.get('x-real-ip')?.trim()
  return ip && ip.length <= 64 ? ip : null
}

const text = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers } })

/**
 * GET /api/newsletter/export: confirmed subscribers as CSV. 404 while no export secret is configured (the
 * endpoint does not exist), 401 for a missing or wrong bearer token (compared in constant time).
 */
export async function handleSubscribersExport(
  request: Request,
  options: { exportSecret: string | undefined; service: () => Promise<NewsletterService> },
): Promise<Response> {
  if (!options.exportSecret) return text(404, 'Not found')
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '')
  if (!match?.[1] || !constantTimeEqual(match[1], options.exportSecret)) {
    return text(401, 'Unauthorized', { 'www-authenticate': 'Bearer realm="newsletter-export"' })
  }
  const subscribers = await (await options.service()).listConfirmedSubscribers()
  const csv = toCsv(
    ['email', 'requested_at', 'confirmed_at', 'consent_version', 'source_path'],
    subscribers.map((s) => [s.email, s.requested_at, s.confirmed_at, s.consent_version, s.source_path]),
  )
  const day = new Date().toISOString().slice(0, 10)
  return new Response(csv, {
    status: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="newsletter-subscribers-${day}.csv"`,
      'cache-control': 'no-store',
    },
  })
}

/**
 * POST /api/newsletter/unsubscribe?token=…: RFC 8058 one-click unsubscribe (mail clients POST
 * "List-Unsubscribe=One-Click" with no cookies). The signed token is the only credential needed.
 */
export async function handleOneClickUnsubscribe(request: Request, service: () => Promise<NewsletterService>): Promise<Response> {
  const token = new URL(request.url).searchParams.get('token') ?? undefined
  const result = await (await service()).unsubscribe(token)
  if (result === 'invalid') return text(400, 'This unsubscribe link is not valid.')
  return text(200, 'You have been unsubscribed from the newsletter.')
}

/** GET on the one-click URL (a person or a link scanner): never unsubscribes, shows the page with a button. */
export function redirectToUnsubscribePage(request: Request, siteUrl: string): Response {
  const token = new URL(request.url).searchParams.get('token') ?? ''
  const target = new URL('/newsletter/unsubscribe', siteUrl)
  if (token) target.searchParams.set('token', token)
  return new Response(null, { status: 303, headers: { location: target.toString(), 'cache-control': 'no-store' } })
}
