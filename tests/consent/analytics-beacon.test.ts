import { analyticsPageViews, handleAnalyticsBeacon } from '@/lib/consent/analytics-beacon'
import { serializeConsentCookie } from '@/lib/consent/cookie'
import { CONSENT_ID, NOW, NOW_S, seedConsentSettings } from './fixtures'

const settings = seedConsentSettings()
const consent = (categories: string[]) =>
  `mr_consent=${serializeConsentCookie({ consentId: CONSENT_ID, policyVersion: 1, decidedAt: NOW_S, expiresAt: NOW_S + 86_400, categories, services: [] })}`
const beacon = (body: string, headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/analytics', { method: 'POST', body, headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers } })
const views = (path: string) => analyticsPageViews().get(path) ?? 0

describe('POST /api/analytics', () => {
  const body = JSON.stringify({ id: '0123456789abcdef0123', path: '/articles/a?utm=x' })

  it('counts a page view only when the consent cookie allows analytics', async () => {
    const before = views('/articles/a')
    expect((await handleAnalyticsBeacon(beacon(body), async () => settings, NOW)).status).toBe(204)
    expect((await handleAnalyticsBeacon(beacon(body, { cookie: consent(['necessary', 'embeds']) }), async () => settings, NOW)).status).toBe(204)
    expect(views('/articles/a')).toBe(before)
    expect((await handleAnalyticsBeacon(beacon(body, { cookie: consent(['necessary', 'analytics']) }), async () => settings, NOW)).status).toBe(204)
    expect(views('/articles/a')).toBe(before + 1)
  })

  it.each([
    ['not JSON', beacon('nope'), 400],
    ['an off-site path', beacon(JSON.stringify({ id: '0123456789abcdef0123', path: '//evil.example' })), 400],
    ['an extra field', beacon(JSON.stringify({ id: '0123456789abcdef0123', path: '/', ip: '1.2.3.4' })), 400],
    ['a wrong content type', beacon(body, { 'content-type': 'application/xml' }), 415],
    ['too big', beacon('x'.repeat(5000)), 413],
    ['a wrong method', new Request('http://localhost/api/analytics'), 405],
  ])('rejects %s', async (_name, request, status) => {
    expect((await handleAnalyticsBeacon(request, async () => settings, NOW)).status).toBe(status)
  })
})
