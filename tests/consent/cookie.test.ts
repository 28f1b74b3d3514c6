import {
  CONSENT_COOKIE_NAME,
  consentSetCookie,
  cookieDeletionStrings,
  needsChoice,
  parseConsentCookie,
  randomConsentId,
  readConsentCookie,
  serializeConsentCookie,
  type ConsentCookie,
} from '@/lib/consent/cookie'
import { CONSENT_ID, NOW, NOW_S, seedConsentSettings } from './fixtures'

const settings = seedConsentSettings()
const choice: ConsentCookie = {
  consentId: CONSENT_ID,
  policyVersion: 1,
  decidedAt: NOW_S,
  expiresAt: NOW_S + 180 * 86_400,
  categories: ['necessary', 'analytics'],
  services: ['youtube'],
}
const value = serializeConsentCookie(choice)

describe('consent cookie format', () => {
  it('is compact, versioned and needs no escaping', () => {
    expect(value).toBe(`1.${CONSENT_ID}.1.${NOW_S}.${NOW_S + 180 * 86_400}.necessary_analytics.youtube`)
    expect(value).toMatch(/^[A-Za-z0-9._-]+$/)
  })

  it('round-trips, also URL-encoded and inside a Cookie header', () => {
    expect(parseConsentCookie(value)).toEqual(choice)
    expect(parseConsentCookie(encodeURIComponent(value))).toEqual(choice)
    expect(readConsentCookie(`a=1; ${CONSENT_COOKIE_NAME}=${value}; b=2`)).toEqual(choice)
    const none = serializeConsentCookie({ ...choice, categories: ['necessary'], services: [] })
    expect(parseConsentCookie(none)).toEqual({ ...choice, categories: ['necessary'], services: [] })
  })

  it('builds the Set-Cookie header: Path=/, Max-Age, SameSite=Lax, Secure only on https', () => {
    expect(consentSetCookie(value, { maxAgeSeconds: 86_400, secure: false })).toBe(`mr_consent=${value}; Path=/; Max-Age=86400; SameSite=Lax`)
    expect(consentSetCookie(value, { maxAgeSeconds: 86_400, secure: true })).toMatch(/; Secure$/)
  })

  it('refuses to serialise keys that could break the format', () => {
    expect(() => serializeConsentCookie({ ...choice, categories: ['a.b'] })).toThrow()
    expect(() => serializeConsentCookie({ ...choice, services: ['x_y'] })).toThrow()
  })

  it('makes random v4 consent ids', () => {
    const ids = new Set(Array.from({ length: 20 }, randomConsentId))
    expect(ids.size).toBe(20)
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})

describe('parsing bad or tampered cookies', () => {
  const bad: [string, unknown][] = [
    ['missing', undefined],
    ['null', null],
    ['empty', ''],
    ['garbage', 'hello'],
    ['other format version', value.replace(/^1\./, '2.')],
    ['not a uuid', value.replace(CONSENT_ID, 'not-a-uuid')],
    ['negative policy version', value.replace(`.1.${NOW_S}`, `.-1.${NOW_S}`)],
    ['fractional policy version', value.replace(`.1.${NOW_S}`, `.1.5.${NOW_S}`)],
    ['exponent policy version', value.replace(`.1.${NOW_S}`, `.1e0.${NOW_S}`)],
    ['zero-padded policy version', value.replace(`.1.${NOW_S}`, `.01.${NOW_S}`)],
    ['expiry before decision', serializeConsentCookie({ ...choice, expiresAt: NOW_S - 1 })],
    ['lifetime over 395 days', serializeConsentCookie({ ...choice, expiresAt: NOW_S + 400 * 86_400 })],
    ['upper-case key', value.replace('analytics', 'Analytics')],
    ['script in a key', value.replace('analytics', '<script>')],
    ['duplicate keys', value.replace('necessary_analytics', 'analytics_analytics')],
    ['extra field', `${value}.extra`],
    ['missing field', value.split('.').slice(0, 6).join('.')],
    ['broken percent-encoding', `${value}%E0%A4%A`],
    ['huge', `${value}${'a'.repeat(5000)}`],
    ['not a string', 42],
  ]
  it.each(bad)('%s → no choice, no exception', (_name, input) => {
    expect(() => parseConsentCookie(input as string)).not.toThrow()
    expect(parseConsentCookie(input as string)).toBeNull()
    expect(needsChoice(parseConsentCookie(input as string), settings, NOW)).toEqual({ ask: true, reason: 'no-choice', changeSummary: null })
  })

  it('reads a Cookie header with junk around it', () => {
    expect(readConsentCookie('=; ;; mr_consent; foo')).toBeNull()
    expect(readConsentCookie(undefined)).toBeNull()
  })
})

describe('needsChoice', () => {
  const cookie = parseConsentCookie(value)

  it('does not ask again while the choice is current', () => {
    expect(needsChoice(cookie, settings, NOW)).toEqual({ ask: false })
  })

  it('asks again once the cookie has expired', () => {
    const later = new Date((choice.expiresAt + 1) * 1000)
    expect(needsChoice(cookie, settings, later)).toEqual({ ask: true, reason: 'expired', changeSummary: null })
  })

  it('asks again when the CMS shortens the lifetime below the choice’s age', () => {
    const in100Days = new Date((NOW_S + 100 * 86_400) * 1000)
    expect(needsChoice(cookie, settings, in100Days)).toEqual({ ask: false })
    expect(needsChoice(cookie, { ...settings, lifetimeDays: 90 }, in100Days)).toMatchObject({ ask: true, reason: 'expired' })
  })

  it('asks again under a new policy version and shows what changed', () => {
    const v2 = { ...settings, policyVersion: 2, changeSummary: 'We added a newsletter provider.' }
    expect(needsChoice(cookie, v2, NOW)).toEqual({ ask: true, reason: 'policy-changed', changeSummary: 'We added a newsletter provider.' })
  })
})

describe('cookieDeletionStrings', () => {
  it('covers every path down to the current one, host-only and each parent domain', () => {
    const deletions = cookieDeletionStrings('mr_analytics_id', 'www.example.org', '/articles/some-story')
    for (const path of ['/', '/articles', '/articles/', '/articles/some-story']) {
      expect(deletions).toContain(`mr_analytics_id=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=${path}`)
      expect(deletions).toContain(`mr_analytics_id=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=${path}; Domain=example.org`)
      expect(deletions).toContain(`mr_analytics_id=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=${path}; Domain=www.example.org`)
    }
    expect(deletions.some((d) => d.includes('Domain=org'))).toBe(false)
  })

  it('uses host-only deletion for localhost and IP addresses, nothing for an invalid name', () => {
    expect(cookieDeletionStrings('a', 'localhost').every((d) => !d.includes('Domain'))).toBe(true)
    expect(cookieDeletionStrings('a', '127.0.0.1').every((d) => !d.includes('Domain'))).toBe(true)
    expect(cookieDeletionStrings('a; Path=/x', 'localhost')).toEqual([])
  })
})
