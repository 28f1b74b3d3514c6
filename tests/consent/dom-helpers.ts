import { serializeConsentCookie, type ConsentCookie } from '@/lib/consent/cookie'
import { CONSENT_ID } from './fixtures'

/** jsdom helpers for the consent component tests. */
export function clearCookies() {
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0]?.trim()
    if (name) document.cookie = `${name}=; Max-Age=0; Path=/`
  }
}

export function setConsentCookie(overrides: Partial<ConsentCookie> = {}) {
  const now = Math.floor(Date.now() / 1000)
  const value = serializeConsentCookie({
    consentId: CONSENT_ID,
    policyVersion: 1,
    decidedAt: now - 60,
    expiresAt: now + 86_400,
    categories: ['necessary'],
    services: [],
    ...overrides,
  })
  document.cookie = `mr_consent=${value}; Path=/`
}

export function cookieNames(): string[] {
  return document.cookie
    .split(';')
    .map((p) => p.split('=')[0]!.trim())
    .filter(Boolean)
}

export function mockFetch(): jest.Mock {
  const fetchMock = jest.fn().mockResolvedValue({ ok: true, status: 200, json: async () => ({}) })
  globalThis.fetch = fetchMock as unknown as typeof fetch
  return fetchMock
}

export function postedBodies(fetchMock: jest.Mock): Record<string, unknown>[] {
  return fetchMock.mock.calls.map(([, init]) => JSON.parse((init as RequestInit).body as string))
}
