import type { ConsentSettings } from '@/lib/content/types'

/**
 * The reader's consent cookie: first-party, readable by the page (the boot script decides before first
 * paint whether to show the banner), never sent anywhere but this site.
 *
 * Value: `1.<consentId>.<policyVersion>.<decidedAt>.<expiresAt>.<categories>.<services>`
 * - `1`: format version; anything else is not understood and counts as no choice.
 * - consentId: random UUID, the key of the server-side consent records.
 * - decidedAt / expiresAt: Unix seconds.
 * - categories: accepted category keys joined by `_`; services: per-service "always allow" keys joined by `_`.
 *   Keys match `^[a-z][a-z0-9-]*$`, so `.` and `_` never occur inside them and the value needs no escaping.
 *
 * Not signed: the cookie only steers the reader's own browser, and what proves consent is the server-side
 * record. It is validated strictly instead; anything malformed or tampered with reads as "no choice".
 */
export const CONSENT_COOKIE_NAME = 'mr_consent'
export const CONSENT_COOKIE_FORMAT = 1
/** Longest value we attempt to parse; a real one is far shorter. */
const MAX_COOKIE_VALUE_LENGTH = 1024
const MAX_LIFETIME_SECONDS = 395 * 86_400

/** What a category or service key looks like; keys never contain `.` or `_`, the cookie's separators. */
export const CONSENT_KEY_PATTERN = /^[a-z][a-z0-9-]{0,62}$/

// Hand-written rather than zod: this module ships to the browser in the consent islands, and zod would
// triple their size.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i
const POLICY_VERSION = /^[1-9]\d{0,5}$/
// Digits only: no signs, exponents or fractions that Number() would also accept.
const EPOCH_SECONDS = /^\d{10,11}$/

function parseKeyList(value: string): string[] | null {
  if (value.length > 400) return null
  const keys = value === '' ? [] : value.split('_')
  if (keys.length > 50 || !keys.every((k) => CONSENT_KEY_PATTERN.test(k))) return null
  return new Set(keys).size === keys.length ? keys : null
}

export type ConsentCookie = {
  consentId: string
  policyVersion: number
  /** Unix seconds. */
  decidedAt: number
  /** Unix seconds. */
  expiresAt: number
  /** Accepted category keys (required ones included). */
  categories: string[]
  /** Services the reader chose to "always allow" outside their category. */
  services: string[]
}

/** The cookie value for a choice. Throws on keys that cannot be stored (a programming error, not input). */
export function serializeConsentCookie(cookie: ConsentCookie): string {
  for (const key of [...cookie.categories, ...cookie.services]) {
    if (!CONSENT_KEY_PATTERN.test(key)) throw new Error(`"${key}" is not a consent key`)
  }
  return [
    CONSENT_COOKIE_FORMAT,
    cookie.consentId,
    cookie.policyVersion,
    Math.floor(cookie.decidedAt),
    Math.floor(cookie.expiresAt),
    cookie.categories.join('_'),
    cookie.services.join('_'),
  ].join('.')
}

/** A cookie value as a choice, or null for anything missing, malformed or tampered with. Never throws. */
export function parseConsentCookie(value: string | null | undefined): ConsentCookie | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_COOKIE_VALUE_LENGTH) return null
  let decoded = value
  if (value.includes('%')) {
    try {
      decoded = decodeURIComponent(value)
    } catch {
      return null
    }
  }
  const parts = decoded.split('.')
  if (parts.length !== 7) return null
  const [format, consentId, version, decided, expires, categoryList, serviceList] = parts as [string, string, string, string, string, string, string]
  if (format !== String(CONSENT_COOKIE_FORMAT) || !UUID.test(consentId) || !POLICY_VERSION.test(version)) return null
  if (!EPOCH_SECONDS.test(decided) || !EPOCH_SECONDS.test(expires)) return null
  const decidedAt = Number(decided)
  const expiresAt = Number(expires)
  if (!(expiresAt > decidedAt && expiresAt - decidedAt <= MAX_LIFETIME_SECONDS)) return null
  const categories = parseKeyList(categoryList)
  const services = parseKeyList(serviceList)
  if (!categories || !services) return null
  return { consentId: consentId.toLowerCase(), policyVersion: Number(version), decidedAt, expiresAt, categories, services }
}

/** The value of one cookie in a `Cookie` header (or `document.cookie`), or null. */
export function readCookie(cookieHeader: string | null | undefined, name: string): string | null {
  if (!cookieHeader) return null
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=')
    if (eq === -1) continue
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim()
  }
  return null
}

export function readConsentCookie(cookieHeader: string | null | undefined): ConsentCookie | null {
  return parseConsentCookie(readCookie(cookieHeader, CONSENT_COOKIE_NAME))
}

export type ChoiceNeed =
  | { ask: false }
  | { ask: true; reason: 'no-choice' | 'expired' | 'policy-changed'; changeSummary: string | null }

/**
 * Whether the banner must ask: no (valid) cookie, an expired one, or one given under another policy
 * version (then `changeSummary` says what changed).
 */
export function needsChoice(
  cookie: ConsentCookie | null,
  settings: Pick<ConsentSettings, 'policyVersion' | 'changeSummary' | 'lifetimeDays'>,
  now: Date,
): ChoiceNeed {
  if (!cookie) return { ask: true, reason: 'no-choice', changeSummary: null }
  const nowSeconds = Math.floor(now.getTime() / 1000)
  // A lifetime shortened in the CMS applies to choices already made, too.
  const limit = Math.min(cookie.expiresAt, cookie.decidedAt + settings.lifetimeDays * 86_400)
  if (limit <= nowSeconds) return { ask: true, reason: 'expired', changeSummary: null }
  if (cookie.policyVersion !== settings.policyVersion) {
    return { ask: true, reason: 'policy-changed', changeSummary: settings.changeSummary || null }
  }
  return { ask: false }
}

export type CookieAttributes = { maxAgeSeconds: number; secure: boolean }

/** A `Set-Cookie` header value (also a valid `document.cookie` assignment). */
export function consentSetCookie(value: string, { maxAgeSeconds, secure }: CookieAttributes): string {
  const parts = [`${CONSENT_COOKIE_NAME}=${value}`, 'Path=/', `Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`, 'SameSite=Lax']
  if (secure) parts.push('Secure')
  return parts.join('; ')
}

export function clearConsentCookie(secure: boolean): string {
  return consentSetCookie('', { maxAgeSeconds: 0, secure })
}

const COOKIE_NAME = /^[A-Za-z0-9!#$%&'*+\-.^_`|~]{1,128}$/
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/

/**
 * `document.cookie` assignments that delete a cookie wherever a script may have put it: every path
 * from `/` down to the current one, host-only and on each parent domain. A cookie is only removed by
 * a deletion with its exact path and domain, and a script can choose any of these.
 */
export function cookieDeletionStrings(name: string, hostname: string, pathname = '/'): string[] {
  if (!COOKIE_NAME.test(name)) return []
  const paths = ['/']
  const segments = pathname.split('/').filter(Boolean)
  for (let i = 1; i <= segments.length; i++) {
    const p = `/${segments.slice(0, i).join('/')}`
    paths.push(p, `${p}/`)
  }
  const domains: (string | null)[] = [null]
  const host = hostname.toLowerCase().replace(/\.$/, '')
  if (host && !IPV4.test(host) && !host.includes(':')) {
    const labels = host.split('.')
    for (let i = 0; i < labels.length - 1; i++) {
      domains.push(labels.slice(i).join('.'))
    }
  }
  const result: string[] = []
  for (const domain of domains) {
    for (const path of paths) {
      result.push(`${name}=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=${path}${domain ? `; Domain=${domain}` : ''}`)
    }
  }
  return [...new Set(result)]
}

/** A random v4 UUID; falls back to getRandomValues where randomUUID is missing (plain-http origins). */
export function randomConsentId(): string {
  const c = globalThis.crypto
  if (typeof c?.randomUUID === 'function') return c.randomUUID()
  const bytes = new Uint8Array(16)
  c.getRandomValues(bytes)
  bytes[6] = (bytes[6]! & 0x0f) | 0x40
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
