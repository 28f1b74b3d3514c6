import { backends, openTestDatabase, type TestDatabase } from '../db/backends'
import { clientIpFromHeaders, handleOneClickUnsubscribe, handleSubscribersExport, redirectToUnsubscribePage } from '@/lib/newsletter/http'
import { confirmTokenFrom, siteUrl, testService, unsubscribeTokenFrom } from './helpers'

describe('clientIpFromHeaders', () => {
  it('takes the entry our proxy appended, not what the client claimed', () => {
    expect(clientIpFromHeaders(new Headers({ 'x-forwarded-for': '10.9.9.9, 203.0.113.5' }))).toBe('203.0.113.5')
    expect(clientIpFromHeaders(new Headers({ 'x-real-ip': '203.0.113.6' }))).toBe('203.0.113.6')
    expect(clientIpFromHeaders(new Headers())).toBeNull()
  })
})

describe.each(backends)('newsletter HTTP endpoints on %s', (backend) => {
  let t: TestDatabase
  beforeEach(async () => {
    t = await openTestDatabase(backend)
  })
  afterEach(async () => {
    await t.cleanup()
  })

  describe('CSV export', () => {
    const exportSecret = 'export-secret-export-secret-0123456789'
    const get = (authorization?: string) =>
      new Request(`${siteUrl}/api/newsletter/export`, { headers: authorization ? { authorization } : {} })

    it('does not exist while no export secret is configured', async () => {
      const { service } = testService(t.db)
      const response = await handleSubscribersExport(get(`Bearer ${exportSecret}`), {
        exportSecret: undefined,
        service: async () => service,
      })
      expect(response.status).toBe(404)
    })

    it('answers 401 without the right bearer token', async () => {
      const { service } = testService(t.db)
      for (const authorization of [undefined, 'Bearer wrong', `Basic ${exportSecret}`, `Bearer ${exportSecret}x`, `Bearer ${exportSecret.slice(0, -1)}`]) {
        const response = await handleSubscribersExport(get(authorization), { exportSecret, service: async () => service })
        expect(response.status).toBe(401)
        expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/)
        expect(await response.text()).not.toContain('@')
      }
    })

    it('returns confirmed subscribers only, as formula-safe CSV', async () => {
      const { service, mailer, form } = testService(t.db)
      await service.subscribe(form('=cmd|calc@example.com'), null)
      await service.subscribe(form('-plain@example.com'), null)
      await service.subscribe(form('pending@example.com'), null)
      await service.confirm(confirmTokenFrom(mailer.sent[0]), null)
      await service.confirm(confirmTokenFrom(mailer.sent[1]), null)

      const response = await handleSubscribersExport(get(`Bearer ${exportSecret}`), { exportSecret, service: async () => service })
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
      expect(response.headers.get('cache-control')).toBe('no-store')
      const lines = (await response.text()).trimEnd().split('\r\n')
      expect(lines[0]).toBe('"email","requested_at","confirmed_at","consent_version","source_path"')
      expect(lines.slice(1).map((l) => l.split(',')[0]).sort()).toEqual([`"'-plain@example.com"`, `"'=cmd|calc@example.com"`])
      expect(lines).toHaveLength(3)
    })
  })

  describe('one-click unsubscribe (RFC 8058)', () => {
    async function subscribed() {
      const ctx = testService(t.db)
      await ctx.service.subscribe(ctx.form('oneclick@example.com'), null)
      await ctx.service.confirm(confirmTokenFrom(ctx.mailer.sent[0]), null)
      const url = `${siteUrl}/api/newsletter/unsubscribe?token=${encodeURIComponent(unsubscribeTokenFrom(ctx.mailer.sent[0]))}`
      return { ...ctx, url }
    }

    it('a GET never unsubscribes: it redirects to the page with the button', async () => {
      const { service, url } = await subscribed()
      const response = redirectToUnsubscribePage(new Request(url), siteUrl)
      expect(response.status).toBe(303)
      const location = new URL(response.headers.get('location') ?? '')
      expect(location.origin + location.pathname).toBe(`${siteUrl}/newsletter/unsubscribe`)
      expect(location.searchParams.get('token')).toBe(new URL(url).searchParams.get('token'))
      expect((await service.listConfirmedSubscribers()).map((s) => s.email)).toEqual(['oneclick@example.com'])
    })

    it('a POST as mail clients send it unsubscribes, without any session', async () => {
      const { service, url } = await subscribed()
      const response = await handleOneClickUnsubscribe(
        new Request(url, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'List-Unsubscribe=One-Click',
        }),
        async () => service,
      )
      expect(response.status).toBe(200)
      expect(await response.text()).toMatch(/unsubscribed/)
      expect(await service.listConfirmedSubscribers()).toEqual([])
      const again = await handleOneClickUnsubscribe(new Request(url, { method: 'POST', body: 'List-Unsubscribe=One-Click' }), async () => service)
      expect(again.status).toBe(200)
    })

    it('a POST with a forged token changes nothing', async () => {
      const { service } = await subscribed()
      const response = await handleOneClickUnsubscribe(
        new Request(`${siteUrl}/api/newsletter/unsubscribe?token=forged.token`, { method: 'POST', body: 'List-Unsubscribe=One-Click' }),
        async () => service,
      )
      expect(response.status).toBe(400)
      expect(await service.listConfirmedSubscribers()).toHaveLength(1)
    })
  })
})
