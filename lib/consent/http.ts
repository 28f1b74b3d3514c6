import { randomUUID } from 'node:crypto'
import type { ConsentSettings } from '@/lib/content/types'
import {
  acceptAllChoice,
  blockedServiceCookies,
  classifyAction,
  gpcFromHeaders,
  normaliseChoice,
  rejectAllChoice,
  rejectedCategoryKeys,
  type ConsentChoice,
  type ConsentSource,
} from './choices'
import { CONSENT_COOKIE_NAME, consentSetCookie, needsChoice, readConsentCookie, readCookie, serializeConsentCookie } from './cookie'
import { consentFormSchema, consentRequestSchema, type ConsentRecord } from './record'
import { newConsentRecordId } from './record-id'
import type { ConsentRecordStore } from './records'
import { safeReturnPath } from './return-path'
import { consentTextHash } from './text-hash'

/** POST /api/consent as a plain Request → Response function; the route file only wires it. */
export type ConsentHandlerDeps = {
  settings: () => Promise<ConsentSettings>
  store: () => Promise<ConsentRecordStore>
  /** The site's public URL; its origin counts as same-origin behind a proxy. */
  siteUrl?: string
  now?: () => Date
}

export const MAX_CONSENT_BODY_BYTES = 8 * 1024
export const PRIVACY_SETTINGS_PATH = '/privacy-settings'

const NO_STORE = { 'cache-control': 'no-store' }

function json(status: number, body: unknown, headers?: HeadersInit): Response {
  const h = new Headers(headers)
  h.set('content-type', 'application/json; charset=utf-8')
  h.set('cache-control', 'no-store')
  return new Response(JSON.stringify(body), { status, headers: h })
}

function seeOther(location: string, headers?: HeadersInit): Response {
  const h = new Headers(headers)
  h.set('location', location)
  h.set('cache-control', 'no-store')
  return new Response(null, { status: 303, headers: h })
}

function hostOf(value: string | null | undefined): string | null {
  if (!value) return null
  try {
    return new URL(value).host.toLowerCase()
  } catch {
    return null
  }
}

function sameSiteHosts(request: Request, siteUrl: string | undefined): Set<string> {
  const hosts = new Set<string>()
  for (const h of [new URL(request.url).host, request.headers.get('host'), request.headers.get('x-forwarded-host'), hostOf(siteUrl)]) {
    if (h) hosts.add(h.split(',')[0]!.trim().toLowerCase())
  }
  return hosts
}

function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https'
}

async function readBody(request: Request): Promise<string | 'too-big'> {
  const declared = Number(request.headers.get('content-length') ?? '0')
  if (declared > MAX_CONSENT_BODY_BYTES) return 'too-big'
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_CONSENT_BODY_BYTES) {
      await reader.cancel().catch(() => undefined)
      return 'too-big'
    }
    chunks.push(value)
  }
  return new TextDecoder().decode(Buffer.concat(chunks))
}

type Parsed =
  | { kind: 'json'; consentId?: string; policyVersion: number; action: ConsentRecord['action']; categories: string[]; services: string[]; source: ConsentSource }
  | { kind: 'form'; policyVersion?: number; action: ConsentRecord['action'] | 'manage'; categories: string[]; services: string[]; returnTo?: string }

type Failure = { status: number; error: string; issues?: string[] }

function parsePayload(kind: 'json' | 'form', body: string): Parsed | Failure {
  if (kind === 'json') {
    let data: unknown
    try {
      data = JSON.parse(body)
    } catch {
      return { status: 400, error: 'The body is not valid JSON.' }
    }
    const parsed = consentRequestSchema.safeParse(data)
    if (!parsed.success) {
      return { status: 400, error: 'Invalid consent payload.', issues: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) }
    }
    return { kind: 'json', ...parsed.data }
  }
  const params = new URLSearchParams(body)
  const parsed = consentFormSchema.safeParse({
    action: params.get('action') ?? undefined,
    policyVersion: params.get('policyVersion') ?? undefined,
    categories: params.getAll('categories'),
    services: params.getAll('services'),
    return: params.get('return') ?? undefined,
  })
  if (!parsed.success) {
    return { status: 400, error: 'Invalid consent form.', issues: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) }
  }
  return { kind: 'form', ...parsed.data, returnTo: parsed.data.return }
}

function unknownKeys(settings: ConsentSettings, payload: Pick<Parsed, 'categories' | 'services'>): string[] {
  const categories = new Set(settings.categories.map((c) => c.key))
  const services = new Set(settings.categories.flatMap((c) => c.services.map((s) => s.key)))
  return [
    ...payload.categories.filter((key) => !categories.has(key)).map((key) => `categories: unknown category "${key}"`),
    ...payload.services.filter((key) => !services.has(key)).map((key) => `services: unknown service "${key}"`),
  ]
}

export async function handleConsentPost(request: Request, deps: ConsentHandlerDeps): Promise<Response> {
  if (request.method !== 'POST') {
    return new Response('Method not allowed', { status: 405, headers: { allow: 'POST', ...NO_STORE } })
  }
  // A cross-site page must not be able to make choices for the reader.
  const hosts = sameSiteHosts(request, deps.siteUrl)
  const origin = request.headers.get('origin')
  if (request.headers.get('sec-fetch-site') === 'cross-site' || (origin && origin !== 'null' && !hosts.has(hostOf(origin) ?? ''))) {
    return json(403, { error: 'Cross-site consent requests are refused.' })
  }

  const contentType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  const kind = contentType === 'application/json' ? 'json' : contentType === 'application/x-www-form-urlencoded' ? 'form' : null
  if (!kind) return json(415, { error: 'Send application/json or application/x-www-form-urlencoded.' }, { accept: 'application/json, application/x-www-form-urlencoded' })

  const body = await readBody(request)
  if (body === 'too-big') return json(413, { error: `The body is larger than ${MAX_CONSENT_BODY_BYTES} bytes.` })
  const payload = parsePayload(kind, body)
  if ('error' in payload) return json(payload.status, { error: payload.error, issues: payload.issues })

  const referer = request.headers.get('referer')
  const allowedOrigins = [...hosts].flatMap((h) => [`http://${h}`, `https://${h}`])
  const returnPath =
    payload.kind === 'form'
      ? safeReturnPath(payload.returnTo, allowedOrigins, safeReturnPath(referer, allowedOrigins, '/'))
      : '/'

  if (payload.kind === 'form' && payload.action === 'manage') {
    return seeOther(`${PRIVACY_SETTINGS_PATH}?return=${encodeURIComponent(returnPath)}`)
  }

  let settings: ConsentSettings
  try {
    settings = await deps.settings()
  } catch {
    return json(503, { error: 'Consent settings are unavailable; try again shortly.' })
  }
  // Keys the settings do not know mean a tampered or broken client: refuse instead of silently dropping them.
  const unknown = unknownKeys(settings, payload)
  if (unknown.length > 0) return json(400, { error: 'Unknown consent categories or services.', issues: unknown })
  if (payload.policyVersion !== settings.policyVersion) {
    // The page showed other texts than the current ones: show the current ones instead of recording.
    if (payload.kind === 'form') return seeOther(`${PRIVACY_SETTINGS_PATH}?return=${encodeURIComponent(returnPath)}`)
    return json(409, { error: 'The consent policy has changed; reload to see the current version.', policyVersion: settings.policyVersion })
  }

  const now = deps.now?.() ?? new Date()
  const gpc = gpcFromHeaders(request.headers)
  const cookieHeader = request.headers.get('cookie')
  const previous = readConsentCookie(cookieHeader)
  const previousChoice: ConsentChoice | null =
    previous && needsChoice(previous, { ...settings, policyVersion: previous.policyVersion }, now).ask === false ? previous : null

  const choice: ConsentChoice =
    payload.action === 'accept_all'
      ? acceptAllChoice(settings, gpc)
      : payload.action === 'custom'
        ? normaliseChoice(settings, payload, gpc)
        : rejectAllChoice(settings)
  const classified = classifyAction(settings, previousChoice, choice, gpc)
  // The island writes its cookie before it posts, so the cookie may already hold this very refusal; the island
  // classified it against what was allowed before, so its `withdraw` stands.
  const action = classified === 'reject_all' && payload.kind === 'json' && payload.action === 'withdraw' ? 'withdraw' : classified
  const consentId = previous?.consentId ?? (payload.kind === 'json' ? payload.consentId : undefined) ?? randomUUID()
  const record: ConsentRecord = {
    id: newConsentRecordId(),
    consentId,
    recordedAt: now.toISOString(),
    policyVersion: settings.policyVersion,
    textHash: consentTextHash(settings),
    action,
    acceptedCategories: choice.categories,
    rejectedCategories: rejectedCategoryKeys(settings, choice),
    allowedServices: choice.services,
    source: payload.kind === 'form' ? 'no-js' : payload.source,
  }
  try {
    await (await deps.store()).insert(record)
  } catch {
    return json(503, { error: 'Your choice could not be recorded; try again shortly.' })
  }

  const decidedAt = Math.floor(now.getTime() / 1000)
  const maxAgeSeconds = settings.lifetimeDays * 86_400
  const value = serializeConsentCookie({ consentId, policyVersion: settings.policyVersion, decidedAt, expiresAt: decidedAt + maxAgeSeconds, categories: choice.categories, services: choice.services })
  const headers = new Headers()
  headers.append('set-cookie', consentSetCookie(value, { maxAgeSeconds, secure: isHttps(request) }))
  // Cookies of services no longer allowed go at once (the browser deletes the rest on the page).
  const blocked = blockedServiceCookies(settings, { categories: new Set(choice.categories), services: new Set(choice.services) })
  for (const name of blocked) {
    if (name !== CONSENT_COOKIE_NAME && readCookie(cookieHeader, name) !== null) headers.append('set-cookie', `${name}=; Path=/; Max-Age=0; SameSite=Lax`)
  }

  if (payload.kind === 'form') return seeOther(returnPath, headers)
  return json(
    200,
    { ok: true, consentId, action, policyVersion: settings.policyVersion, categories: choice.categories, services: choice.services, expiresAt: decidedAt + maxAgeSeconds, value },
    headers,
  )
}
