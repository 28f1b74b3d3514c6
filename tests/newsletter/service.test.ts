import { backends, openTestDatabase, type TestDatabase } from '../db/backends'
import { signupFields } from '@/lib/newsletter/form-fields'
import { signupMessages } from '@/lib/newsletter/service'
import { hashToken } from '@/lib/newsletter/signing'
import { confirmTokenFrom, testService, unsubscribeTokenFrom } from './helpers'

const HOUR = 3600_000

describe.each(backends)('newsletter double opt-in on %s', (backend) => {
  let t: TestDatabase
  beforeEach(async () => {
    t = await openTestDatabase(backend)
  })
  afterEach(async () => {
    await t.cleanup()
  })
  const rows = () => t.db.selectFrom('newsletter_subscription').selectAll().orderBy('requested_at').execute()

  describe('signing up', () => {
    it('stores a pending subscription with proof of consent and emails a confirmation link', async () => {
      const { service, mailer, form } = testService(t.db)
      const outcome = await service.subscribe(form('  Reader@Example.COM '), '203.0.113.7')
      expect(outcome.state).toEqual({ status: 'success', message: signupMessages.success })
      expect(outcome.detail).toBe('created')

      const [row, ...others] = await rows()
      expect(others).toEqual([])
      expect(row).toMatchObject({
        email: 'Reader@example.com',
        status: 'pending',
        consent_version: '2026-01',
        source_path: '/articles/some-article',
        requested_at: '2026-03-01T12:00:00.000Z',
        token_expires_at: '2026-03-03T12:00:00.000Z',
        confirmed_at: null,
      })
      expect(row?.consent_text).toContain('Keep up-to-date on all upcoming events.')
      expect(row?.ip_hash).toMatch(/^[A-Za-z0-9_-]{43}$/)
      expect(JSON.stringify(row)).not.toContain('203.0.113.7')

      expect(mailer.sent).toHaveLength(1)
      expect(mailer.sent[0]?.to).toBe('Reader@example.com')
      const token = confirmTokenFrom(mailer.sent[0])
      // Only the token's SHA-256 is stored.
      expect(row?.token_hash).toBe(hashToken(token))
      expect(JSON.stringify(row)).not.toContain(token)
    })

    it('gives the same answer whether the address is new, pending, confirmed or unsubscribed', async () => {
      const { service, mailer, form, advance } = testService(t.db)
      const answers = []
      answers.push((await service.subscribe(form('a@example.com'), '198.51.100.1')).state) // new
      answers.push((await service.subscribe(form('a@example.com'), '198.51.100.1')).state) // pending
      expect(await service.confirm(confirmTokenFrom(mailer.sent[0]), null)).toBe('confirmed')
      answers.push((await service.subscribe(form('a@example.com'), '198.51.100.1')).state) // confirmed
      expect(await service.unsubscribe(unsubscribeTokenFrom(mailer.sent[0]))).toBe('unsubscribed')
      advance(1000)
      answers.push((await service.subscribe(form('a@example.com'), '198.51.100.1')).state) // unsubscribed
      expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1)
      expect(answers[0]).toEqual({ status: 'success', message: signupMessages.success })
    })

    it('the same address twice yields one subscription and one email within the resend window', async () => {
      const { service, mailer, form, advance } = testService(t.db)
      expect((await service.subscribe(form('twice@example.com'), '198.51.100.2')).detail).toBe('created')
      advance(60_000)
      expect((await service.subscribe(form('twice@EXAMPLE.com'), '198.51.100.3')).detail).toBe('pending-cooldown')
      expect(await rows()).toHaveLength(1)
      expect(mailer.sent).toHaveLength(1)

      // After the window a new email goes out with a new token; the old link stops working.
      advance(15 * 60_000)
      expect((await service.subscribe(form('twice@example.com'), '198.51.100.2')).detail).toBe('resent')
      expect(mailer.sent).toHaveLength(2)
      expect(await rows()).toHaveLength(1)
      expect(await service.confirm(confirmTokenFrom(mailer.sent[0]), null)).toBe('invalid')
      expect(await service.confirm(confirmTokenFrom(mailer.sent[1]), null)).toBe('confirmed')
    })

    it('the same address concurrently yields one subscription and at most one email', async () => {
      const { service, mailer, form } = testService(t.db, { perIp: { limit: 100, windowMs: HOUR } })
      const variants = ['race@example.com', 'race@EXAMPLE.com', ' race@example.com', 'race@Example.Com']
      const outcomes = await Promise.all(
        Array.from({ length: 8 }, (_, i) => service.subscribe(form(variants[i % variants.length] as string), `198.51.100.${10 + i}`)),
      )
      expect(outcomes.every((o) => o.state.status === 'success')).toBe(true)
      expect(outcomes.filter((o) => o.detail === 'created')).toHaveLength(1)
      expect(await rows()).toHaveLength(1)
      expect(mailer.sent).toHaveLength(1)
    })

    it('refuses invalid addresses with a message and stores nothing', async () => {
      const { service, mailer, form } = testService(t.db)
      for (const bad of ['', 'not-an-address', 'a@b', `victim@example.com\r\nBcc: many@example.com`, `${'x'.repeat(65)}@example.com`]) {
        const outcome = await service.subscribe(form(bad), '198.51.100.4')
        expect(outcome.state.status).toBe('invalid')
        expect(outcome.state.message).not.toBe('')
      }
      const tooLong = await service.subscribe(form('x'.repeat(5000)), '198.51.100.4')
      expect(tooLong.state.status).toBe('invalid')
      expect(await rows()).toEqual([])
      expect(mailer.sent).toEqual([])
    })

    it('accepts an internationalised address and mails the ASCII domain', async () => {
      const { service, mailer, form } = testService(t.db)
      await service.subscribe(form('jürgen@Bücher.example'), '198.51.100.5')
      expect(mailer.sent[0]?.to).toBe('jürgen@xn--bcher-kva.example')
    })

    it('answers a broken form (no consent version) with an error and stores nothing', async () => {
      const { service, form } = testService(t.db)
      const outcome = await service.subscribe(form('a@example.com', { [signupFields.consentVersion]: undefined }), null)
      expect(outcome.state).toEqual({ status: 'error', message: signupMessages.brokenForm })
      expect(await rows()).toEqual([])
    })

    it('when sending fails the reader still gets the same answer and the next attempt sends again', async () => {
      const { service, mailer, form, advance, logs } = testService(t.db)
      mailer.failNext = true
      const first = await service.subscribe(form('flaky@example.com'), null)
      expect(first.state.status).toBe('success')
      expect(first.detail).toBe('mail-failed')
      expect(logs.join('\n')).toMatch(/SMTP is down/)
      advance(1000)
      expect((await service.subscribe(form('flaky@example.com'), null)).detail).toBe('resent')
      expect(mailer.sent).toHaveLength(1)
    })
  })

  describe('bot defences', () => {
    it('a filled bait field gets a fake success and stores nothing', async () => {
      const { service, mailer, form } = testService(t.db)
      const outcome = await service.subscribe(form('bot@example.com', { [signupFields.bait]: 'bot@example.com' }), '192.0.2.1')
      expect(outcome.state).toEqual({ status: 'success', message: signupMessages.success })
      expect(outcome.detail).toBe('bait')
      expect(await rows()).toEqual([])
      expect(mailer.sent).toEqual([])
    })

    it('a submission sooner than the minimum after the form token gets a fake success and stores nothing', async () => {
      const { service, mailer, form } = testService(t.db)
      const outcome = await service.subscribe(form('fast@example.com', {}, 500), '192.0.2.2')
      expect(outcome.state.status).toBe('success')
      expect(outcome.detail).toBe('too-fast')
      expect(await rows()).toEqual([])
      expect(mailer.sent).toEqual([])
    })

    it('a forged form token gets a fake success and stores nothing', async () => {
      const { service, form } = testService(t.db)
      const forged = `${(Date.now() - 60_000).toString(36)}.AAAAAAAAAAAA.${'A'.repeat(43)}`
      const outcome = await service.subscribe(form('forged@example.com', { [signupFields.formToken]: forged }), '192.0.2.3')
      expect(outcome.detail).toBe('bad-form-token')
      expect(await rows()).toEqual([])
    })

    it('a submission without a form token (no JavaScript) is accepted, under a stricter per-IP limit', async () => {
      const { service, mailer, form } = testService(t.db, {
        perIp: { limit: 10, windowMs: HOUR },
        perIpWithoutToken: { limit: 2, windowMs: HOUR },
      })
      const noJs = (address: string) => form(address, { [signupFields.formToken]: undefined })
      expect((await service.subscribe(noJs('nojs1@example.com'), '192.0.2.4')).detail).toBe('created')
      expect((await service.subscribe(noJs('nojs2@example.com'), '192.0.2.4')).detail).toBe('created')
      const third = await service.subscribe(noJs('nojs3@example.com'), '192.0.2.4')
      expect(third.detail).toBe('ip-rate-limited')
      expect(third.state).toEqual({ status: 'error', message: signupMessages.rateLimited, address: 'nojs3@example.com' })
      // The same network with JavaScript still has budget.
      expect((await service.subscribe(form('js@example.com'), '192.0.2.4')).detail).toBe('created')
      expect(mailer.sent.map((m) => m.to)).toEqual(['nojs1@example.com', 'nojs2@example.com', 'js@example.com'])
    })

    it('limits signups per IP and keeps only hashed keys', async () => {
      const { service, form, advance } = testService(t.db, { perIp: { limit: 3, windowMs: HOUR } })
      for (let i = 0; i < 3; i++) expect((await service.subscribe(form(`ip${i}@example.com`), '192.0.2.5')).detail).toBe('created')
      expect((await service.subscribe(form('ip3@example.com'), '192.0.2.5')).state.message).toBe(signupMessages.rateLimited)
      expect((await service.subscribe(form('ip4@example.com'), '192.0.2.6')).detail).toBe('created')
      const keys = await t.db.selectFrom('rate_limit').select('key').execute()
      expect(JSON.stringify(keys)).not.toMatch(/192\.0\.2|example\.com/)
      advance(HOUR + 1)
      expect((await service.subscribe(form('ip5@example.com'), '192.0.2.5')).detail).toBe('created')
    })

    it('limits attempts per address silently (same answer, no email)', async () => {
      const { service, mailer, form } = testService(t.db, { perAddress: { limit: 2, windowMs: HOUR }, resendAfterMs: 0 })
      expect((await service.subscribe(form('target@example.com'), '192.0.2.7')).detail).toBe('created')
      expect((await service.subscribe(form('target@example.com'), '192.0.2.8')).detail).toBe('resent')
      const third = await service.subscribe(form('target@example.com'), '192.0.2.9')
      expect(third.detail).toBe('address-rate-limited')
      expect(third.state).toEqual({ status: 'success', message: signupMessages.success })
      expect(mailer.sent).toHaveLength(2)
    })
  })

  describe('confirming', () => {
    it('looking at the link changes nothing; the POST confirms once; a second confirm is harmless', async () => {
      const { service, mailer, form, advance } = testService(t.db)
      await service.subscribe(form('c@example.com'), '198.51.100.20')
      const token = confirmTokenFrom(mailer.sent[0])
      expect(await service.lookupConfirmation(token)).toBe('pending')
      expect(await service.lookupConfirmation(token)).toBe('pending')
      expect((await rows())[0]?.status).toBe('pending')

      advance(5 * 60_000)
      expect(await service.confirm(token, '198.51.100.21')).toBe('confirmed')
      const [row] = await rows()
      expect(row).toMatchObject({ status: 'confirmed', confirmed_at: '2026-03-01T12:05:00.000Z' })
      expect(row?.confirm_ip_hash).toMatch(/^[A-Za-z0-9_-]{43}$/)
      expect(await service.confirm(token, null)).toBe('already-confirmed')
      expect(await service.lookupConfirmation(token)).toBe('confirmed')
      expect((await rows())[0]?.confirmed_at).toBe('2026-03-01T12:05:00.000Z')
    })

    it('two confirmations at once confirm once', async () => {
      const { service, mailer, form } = testService(t.db)
      await service.subscribe(form('c2@example.com'), null)
      const token = confirmTokenFrom(mailer.sent[0])
      const results = await Promise.all([service.confirm(token, null), service.confirm(token, null), service.confirm(token, null)])
      expect(results.filter((r) => r === 'confirmed')).toHaveLength(1)
      expect(results.filter((r) => r === 'already-confirmed')).toHaveLength(2)
    })

    it('an expired link does not confirm and can request a new email', async () => {
      const { service, mailer, form, advance } = testService(t.db)
      await service.subscribe(form('late@example.com'), null)
      const old = confirmTokenFrom(mailer.sent[0])
      advance(48 * HOUR)
      expect(await service.lookupConfirmation(old)).toBe('expired')
      expect(await service.confirm(old, null)).toBe('expired')
      expect((await rows())[0]?.status).toBe('pending')

      expect(await service.resendConfirmation(old, null)).toBe('sent')
      expect(mailer.sent).toHaveLength(2)
      const fresh = confirmTokenFrom(mailer.sent[1])
      expect(fresh).not.toBe(old)
      expect(await service.confirm(old, null)).toBe('invalid')
      expect(await service.confirm(fresh, null)).toBe('confirmed')
    })

    it('rejects unknown, empty and over-long tokens', async () => {
      const { service } = testService(t.db)
      expect(await service.confirm('nonsense', null)).toBe('invalid')
      expect(await service.confirm(undefined, null)).toBe('invalid')
      expect(await service.confirm('x'.repeat(500), null)).toBe('invalid')
      expect(await service.resendConfirmation('nonsense', null)).toBe('invalid')
    })
  })

  describe('unsubscribing', () => {
    it('looking changes nothing; unsubscribing ends it, twice is harmless, and the address can sign up again', async () => {
      const { service, mailer, form, advance } = testService(t.db)
      await service.subscribe(form('u@example.com'), null)
      expect(await service.confirm(confirmTokenFrom(mailer.sent[0]), null)).toBe('confirmed')
      const unsubscribeToken = unsubscribeTokenFrom(mailer.sent[0])

      expect(await service.lookupUnsubscribe(unsubscribeToken)).toBe('subscribed')
      expect((await service.listConfirmedSubscribers()).map((s) => s.email)).toEqual(['u@example.com'])

      expect(await service.unsubscribe(unsubscribeToken)).toBe('unsubscribed')
      expect(await service.unsubscribe(unsubscribeToken)).toBe('already-unsubscribed')
      expect(await service.lookupUnsubscribe(unsubscribeToken)).toBe('unsubscribed')
      expect(await service.listConfirmedSubscribers()).toEqual([])
      // The old confirmation link no longer does anything.
      expect(await service.confirm(confirmTokenFrom(mailer.sent[0]), null)).toBe('invalid')

      advance(HOUR)
      expect((await service.subscribe(form('u@example.com'), null)).detail).toBe('created')
      expect(mailer.sent).toHaveLength(2)
      const history = await rows()
      expect(history.map((r) => r.status)).toEqual(['unsubscribed', 'pending'])
      expect(await service.confirm(confirmTokenFrom(mailer.sent[1]), null)).toBe('confirmed')
      expect(unsubscribeTokenFrom(mailer.sent[1])).not.toBe(unsubscribeToken)
    })

    it('can cancel a pending subscription', async () => {
      const { service, mailer, form } = testService(t.db)
      await service.subscribe(form('p@example.com'), null)
      expect(await service.unsubscribe(unsubscribeTokenFrom(mailer.sent[0]))).toBe('unsubscribed')
      expect(await service.confirm(confirmTokenFrom(mailer.sent[0]), null)).toBe('invalid')
    })

    it('refuses a tampered token', async () => {
      const { service, mailer, form } = testService(t.db)
      await service.subscribe(form('v@example.com'), null)
      const token = unsubscribeTokenFrom(mailer.sent[0])
      const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`
      expect(await service.unsubscribe(tampered)).toBe('invalid')
      expect(await service.unsubscribe('00000000-0000-0000-0000-000000000000.abc')).toBe('invalid')
      expect((await rows())[0]?.status).toBe('pending')
    })
  })

  it('lists confirmed subscribers only, with their consent', async () => {
    const { service, mailer, form, advance } = testService(t.db)
    await service.subscribe(form('one@example.com'), null)
    await service.subscribe(form('two@example.com'), null)
    advance(60_000)
    await service.confirm(confirmTokenFrom(mailer.sent[1]), null)
    expect(await service.listConfirmedSubscribers()).toEqual([
      {
        email: 'two@example.com',
        requested_at: '2026-03-01T12:00:00.000Z',
        confirmed_at: '2026-03-01T12:01:00.000Z',
        consent_version: '2026-01',
        source_path: '/articles/some-article',
      },
    ])
  })
})
