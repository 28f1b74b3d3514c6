import type { AppDatabase } from '@/lib/db/database'
import type { OutgoingEmail } from '@/lib/newsletter/emails'
import { signupFields } from '@/lib/newsletter/form-fields'
import type { Mailer } from '@/lib/newsletter/mailer'
import { createNewsletterService, type NewsletterLimits } from '@/lib/newsletter/service'
import { issueFormToken } from '@/lib/newsletter/signing'

export const secret = 'test-secret-test-secret-test-secret-0123456789'
export const siteUrl = 'https://news.example'

export interface RecordingMailer extends Mailer {
  sent: OutgoingEmail[]
  failNext: boolean
}

export function recordingMailer(): RecordingMailer {
  const mailer: RecordingMailer = {
    kind: 'outbox',
    sent: [],
    failNext: false,
    async send(email) {
      if (mailer.failNext) {
        mailer.failNext = false
        throw new Error('SMTP is down')
      }
      mailer.sent.push(email)
      return { messageId: `<${mailer.sent.length}@test>` }
    },
    close() {},
  }
  return mailer
}

/** A service on a test database with a clock the test moves by hand. */
export function testService(db: AppDatabase, limits: Partial<NewsletterLimits> = {}) {
  const clock = { now: new Date('2026-03-01T12:00:00.000Z') }
  const mailer = recordingMailer()
  const logs: string[] = []
  const service = createNewsletterService({
    db,
    mailer,
    secret,
    siteUrl,
    siteName: 'The Meridian Review',
    now: () => new Date(clock.now),
    limits,
    log: (line) => logs.push(line),
  })
  const advance = (ms: number) => {
    clock.now = new Date(clock.now.getTime() + ms)
  }
  /** The form as the island posts it: a form token issued `formAgeMs` ago. */
  const form = (address: string, overrides: Record<string, string | undefined> = {}, formAgeMs = 10_000) => ({
    [signupFields.address]: address,
    [signupFields.bait]: '',
    [signupFields.formToken]: issueFormToken(secret, new Date(clock.now.getTime() - formAgeMs)),
    [signupFields.consentVersion]: '2026-01',
    [signupFields.consentText]: 'Updates Right in Your Inbox\nKeep up-to-date on all upcoming events.\nWe use your address only for this newsletter.',
    [signupFields.source]: '/articles/some-article',
    ...overrides,
  })
  return { service, mailer, clock, advance, form, logs }
}

/** The token from a confirmation email's link. */
export function confirmTokenFrom(email: OutgoingEmail | undefined): string {
  const match = /\/newsletter\/confirm\?token=([A-Za-z0-9_-]+)/.exec(email?.text ?? '')
  if (!match?.[1]) throw new Error('no confirmation link in the email')
  return match[1]
}

export function unsubscribeTokenFrom(email: OutgoingEmail | undefined): string {
  const match = /<https:\/\/news\.example\/api\/newsletter\/unsubscribe\?token=([^>]+)>/.exec(email?.headers['List-Unsubscribe'] ?? '')
  if (!match?.[1]) throw new Error('no List-Unsubscribe URL in the email')
  return decodeURIComponent(match[1])
}
