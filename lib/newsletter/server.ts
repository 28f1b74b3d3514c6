import 'server-only'
import path from 'node:path'
import { getDatabase } from '@/lib/db/database'
import { serverEnv } from '@/lib/env'
import { createMailer } from './mailer'
import { resolveNewsletterSecret } from './secret'
import { createNewsletterService, type NewsletterService } from './service'

/** The app's newsletter service, wired from the environment once per process. */
const globalCache = globalThis as typeof globalThis & { __newsletterService?: Promise<NewsletterService> }

export function siteNameFromMailFrom(mailFrom: string): string {
  const name = /^\s*"?([^"<]+?)"?\s*</.exec(mailFrom)?.[1]?.trim()
  return name || 'our newsletter'
}

export function getNewsletterService(): Promise<NewsletterService> {
  if (!globalCache.__newsletterService) {
    const pending = (async () => {
      const db = await getDatabase()
      const mailer = createMailer({
        from: serverEnv.MAIL_FROM,
        smtpUrl: serverEnv.SMTP_URL,
        outboxDir: path.join(serverEnv.DATA_DIR, 'outbox'),
      })
      const secret = resolveNewsletterSecret({
        configured: serverEnv.NEWSLETTER_SECRET,
        nodeEnv: serverEnv.NODE_ENV,
        dataDir: serverEnv.DATA_DIR,
        sendsRealMail: Boolean(serverEnv.SMTP_URL),
      })
      return createNewsletterService({ db, mailer, secret, siteUrl: serverEnv.SITE_URL, siteName: siteNameFromMailFrom(serverEnv.MAIL_FROM) })
    })()
    pending.catch(() => {
      if (globalCache.__newsletterService === pending) globalCache.__newsletterService = undefined
    })
    globalCache.__newsletterService = pending
  }
  return globalCache.__newsletterService
}
