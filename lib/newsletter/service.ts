import type { AppDatabase } from '@/lib/db/database'
import type { NewsletterSubscriptionTable } from '@/lib/db/schema'
import { buildConfirmationEmail, newsletterUrls } from './emails'
import { normalizeEmailAddress, emailAddressMessages } from './email-address'
import { signupFields, type SignupState } from './form-fields'
import { formDataToRecord, signupFormSchema } from './form-schema'
import type { Mailer } from './mailer'
import { hitRateLimit, type RateLimitRule } from './rate-limit'
import {
  checkFormToken,
  hashForRateLimit,
  hashIp,
  hashToken,
  issueFormToken,
  newConfirmationToken,
  newSubscriptionId,
  readUnsubscribeToken,
  signUnsubscribeToken,
} from './signing'

export interface NewsletterLimits {
  /** Confirmation links expire after this long. */
  tokenTtlMs: number
  /** Submissions faster than this after the form token was issued are bots (fake success). */
  minFormAgeMs: number
  /** Older form tokens count as absent (a tab left open for a day). */
  maxFormAgeMs: number
  /** At most one confirmation email per address within this window. */
  resendAfterMs: number
  perIp: RateLimitRule
  /** Submissions without a form token (no JavaScript, or a bot) share a stricter per-IP budget. */
  perIpWithoutToken: RateLimitRule
  perAddress: RateLimitRule
}

export const defaultLimits: NewsletterLimits = {
  tokenTtlMs: 48 * 3600_000,
  minFormAgeMs: 2_000,
  maxFormAgeMs: 24 * 3600_000,
  resendAfterMs: 15 * 60_000,
  perIp: { limit: 20, windowMs: 3600_000 },
  perIpWithoutToken: { limit: 5, windowMs: 3600_000 },
  perAddress: { limit: 5, windowMs: 3600_000 },
}

export interface NewsletterDeps {
  db: AppDatabase
  mailer: Mailer
  secret: string
  siteUrl: string
  siteName: string
  now?: () => Date
  limits?: Partial<NewsletterLimits>
  log?: (line: string) => void
}

/** Why a submission got the answer it got: for tests and logs only, never shown to the reader. */
export type SubscribeDetail =
  | 'created'
  | 'resent'
  | 'pending-cooldown'
  | 'already-confirmed'
  | 'bait'
  | 'bad-form-token'
  | 'too-fast'
  | 'address-rate-limited'
  | 'ip-rate-limited'
  | 'invalid-address'
  | 'invalid-form'
  | 'mail-failed'

export interface SubscribeOutcome {
  state: SignupState
  detail: SubscribeDetail
}

export type ConfirmResult = 'confirmed' | 'already-confirmed' | 'expired' | 'invalid'
export type ConfirmLinkState = 'pending' | 'expired' | 'confirmed' | 'invalid'
export type UnsubscribeResult = 'unsubscribed' | 'already-unsubscribed' | 'invalid'
export type UnsubscribeLinkState = 'subscribed' | 'unsubscribed' | 'invalid'

export interface ConfirmedSubscriber {
  email: string
  requested_at: string
  confirmed_at: string
  consent_version: string
  source_path: string
}

export const signupMessages = {
  success: 'Thanks! Check your inbox: we have sent you an email to confirm your subscription.',
  rateLimited: 'Too many signups from your network just now. Please try again in an hour.',
  brokenForm: 'Something went wrong with this form. Please reload the page and try again.',
} as const

const maxTokenLength = 128

export type NewsletterService = ReturnType<typeof createNewsletterService>

export function createNewsletterService(deps: NewsletterDeps) {
  const { db, mailer, secret } = deps
  const now = deps.now ?? (() => new Date())
  const limits: NewsletterLimits = { ...defaultLimits, ...deps.limits }
  const urls = newsletterUrls(deps.siteUrl)
  const log = deps.log ?? ((line: string) => console.warn(line))
  const accepted = (detail: SubscribeDetail): SubscribeOutcome => ({
    state: { status: 'success', message: signupMessages.success },
    detail,
  })

  async function sendConfirmation(subscriptionId: string, to: string, token: string): Promise<boolean> {
    const email = buildConfirmationEmail({
      to,
      siteName: deps.siteName,
      confirmUrl: urls.confirm(token),
      unsubscribePageUrl: urls.unsubscribePage(signUnsubscribeToken(secret, subscriptionId)),
      oneClickUnsubscribeUrl: urls.oneClickUnsubscribe(signUnsubscribeToken(secret, subscriptionId)),
      expiresInHours: Math.round(limits.tokenTtlMs / 3600_000),
    })
    try {
      await mailer.send(email)
      return true
    } catch (error) {
      log(`[newsletter] sending the confirmation email failed: ${error instanceof Error ? error.message : String(error)}`)
      // Let the next attempt send again instead of waiting out the cooldown.
      await db.updateTable('newsletter_subscription').set({ last_email_sent_at: null }).where('id', '=', subscriptionId).execute()
      return false
    }
  }

  /**
   * Claims the right to email a pending subscription: sets a fresh token and the send time, but only when the
   * last email is older than the cooldown. One conditional UPDATE, so concurrent requests claim it at most once.
   */
  async function claimResend(
    executor: AppDatabase,
    id: string,
    at: Date,
    consent?: Pick<NewsletterSubscriptionTable, 'consent_text' | 'consent_version' | 'source_path' | 'ip_hash'>,
  ): Promise<string | null> {
    const token = newConfirmationToken()
    const cooldownStart = new Date(at.getTime() - limits.resendAfterMs).toISOString()
    const result = await executor
      .updateTable('newsletter_subscription')
      .set({
        token_hash: hashToken(token),
        token_expires_at: new Date(at.getTime() + limits.tokenTtlMs).toISOString(),
        last_email_sent_at: at.toISOString(),
        ...(consent ? { ...consent, requested_at: at.toISOString() } : {}),
      })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .where((eb) => eb.or([eb('last_email_sent_at', 'is', null), eb('last_email_sent_at', '<=', cooldownStart)]))
      .executeTakeFirst()
    return Number(result.numUpdatedRows) === 1 ? token : null
  }

  /** Read-only: what the confirmation page should offer for this token. A GET never confirms. */
  async function lookupConfirmation(token: string | undefined): Promise<ConfirmLinkState> {
    if (!token || token.length > maxTokenLength) return 'invalid'
    const row = await db
      .selectFrom('newsletter_subscription')
      .select(['status', 'token_expires_at'])
      .where('token_hash', '=', hashToken(token))
      .executeTakeFirst()
    if (!row || row.status === 'unsubscribed') return 'invalid'
    if (row.status === 'confirmed') return 'confirmed'
    return (row.token_expires_at ?? '') <= now().toISOString() ? 'expired' : 'pending'
  }

  async function lookupUnsubscribe(token: string | undefined): Promise<UnsubscribeLinkState> {
    const id = readUnsubscribeToken(secret, token)
    if (!id) return 'invalid'
    const row = await db.selectFrom('newsletter_subscription').select(['status']).where('id', '=', id).executeTakeFirst()
    if (!row) return 'invalid'
    return row.status === 'unsubscribed' ? 'unsubscribed' : 'subscribed'
  }

  return {
    limits,
    lookupConfirmation,
    lookupUnsubscribe,

    /** A signed timestamp for the form island (see docs in components/newsletter/NewsletterSignup.tsx). */
    issueFormToken(): string {
      return issueFormToken(secret, now())
    },

    async subscribe(data: FormData | Record<string, unknown>, ip: string | null): Promise<SubscribeOutcome> {
      const at = now()
      const parsed = signupFormSchema.safeParse(formDataToRecord(data))
      if (!parsed.success) {
        const addressIssue = parsed.error.issues.some((i) => i.path[0] === signupFields.address)
        return addressIssue
          ? { state: { status: 'invalid', message: emailAddressMessages['too-long'] }, detail: 'invalid-address' }
          : { state: { status: 'error', message: signupMessages.brokenForm }, detail: 'invalid-form' }
      }
      const form = parsed.data
      const typed = form[signupFields.address]
      if (form[signupFields.bait].trim() !== '') return accepted('bait')

      let formToken = checkFormToken(secret, form[signupFields.formToken], at)
      if (formToken.kind === 'invalid') return accepted('bad-form-token')
      if (formToken.kind === 'valid' && formToken.ageMs < limits.minFormAgeMs) return accepted('too-fast')
      if (formToken.kind === 'valid' && formToken.ageMs > limits.maxFormAgeMs) formToken = { kind: 'absent' }

      const address = normalizeEmailAddress(typed)
      if (!address.ok) {
        return {
          state: { status: 'invalid', message: emailAddressMessages[address.reason], address: typed.slice(0, 320) },
          detail: 'invalid-address',
        }
      }

      const ipHash = hashIp(secret, ip)
      if (ipHash) {
        const perIp = await hitRateLimit(db, hashForRateLimit(secret, 'ip', ipHash), limits.perIp, at)
        const perIpNoToken =
          formToken.kind === 'absent'
            ? await hitRateLimit(db, hashForRateLimit(secret, 'ip-no-token', ipHash), limits.perIpWithoutToken, at)
            : { allowed: true }
        if (!perIp.allowed || !perIpNoToken.allowed) {
          return {
            state: { status: 'error', message: signupMessages.rateLimited, address: typed.slice(0, 320) },
            detail: 'ip-rate-limited',
          }
        }
      }
      // Same answer as a success: a per-address limit must not reveal that someone else tried this address.
      const perAddress = await hitRateLimit(db, hashForRateLimit(secret, 'address', address.address), limits.perAddress, at)
      if (!perAddress.allowed) return accepted('address-rate-limited')

      const consent = {
        consent_text: form[signupFields.consentText],
        consent_version: form[signupFields.consentVersion],
        source_path: form[signupFields.source],
        ip_hash: ipHash,
      }
      const outcome = await db.transaction().execute(async (trx) => {
        const token = newConfirmationToken()
        const id = newSubscriptionId()
        const inserted = await trx
          .insertInto('newsletter_subscription')
          .values({
            id,
            email: address.address,
            active_email: address.address,
            status: 'pending',
            token_hash: hashToken(token),
            token_expires_at: new Date(at.getTime() + limits.tokenTtlMs).toISOString(),
            last_email_sent_at: at.toISOString(),
            requested_at: at.toISOString(),
            confirmed_at: null,
            unsubscribed_at: null,
            confirm_ip_hash: null,
            ...consent,
          })
          .onConflict((oc) => oc.column('active_email').doNothing())
          .returning(['id'])
          .executeTakeFirst()
        if (inserted) return { detail: 'created' as const, id, token }
        const existing = await trx
          .selectFrom('newsletter_subscription')
          .select(['id', 'status'])
          .where('active_email', '=', address.address)
          .executeTakeFirstOrThrow()
        if (existing.status === 'confirmed') return { detail: 'already-confirmed' as const }
        const resent = await claimResend(trx, existing.id, at, consent)
        return resent ? { detail: 'resent' as const, id: existing.id, token: resent } : { detail: 'pending-cooldown' as const }
      })
      if ('token' in outcome && outcome.token) {
        const sent = await sendConfirmation(outcome.id, address.address, outcome.token)
        if (!sent) return accepted('mail-failed')
      }
      return accepted(outcome.detail)
    },

    async confirm(token: string | undefined, ip: string | null): Promise<ConfirmResult> {
      const state = await lookupConfirmation(token)
      if (state === 'invalid') return 'invalid'
      if (state === 'confirmed') return 'already-confirmed'
      if (state === 'expired') return 'expired'
      const at = now().toISOString()
      const result = await db
        .updateTable('newsletter_subscription')
        .set({ status: 'confirmed', confirmed_at: at, confirm_ip_hash: hashIp(secret, ip) })
        .where('token_hash', '=', hashToken(token as string))
        .where('status', '=', 'pending')
        .where('token_expires_at', '>', at)
        .executeTakeFirst()
      if (Number(result.numUpdatedRows) === 1) return 'confirmed'
      // Lost a race with another click, or it expired or ended in between: report what is true now.
      const after = await lookupConfirmation(token)
      return after === 'confirmed' ? 'already-confirmed' : after === 'expired' ? 'expired' : 'invalid'
    },

    /** From an expired (or lost) link: a new confirmation email, subject to the same cooldown and IP limit. */
    async resendConfirmation(token: string | undefined, ip: string | null): Promise<'sent' | 'rate-limited' | 'invalid'> {
      if (!token || token.length > maxTokenLength) return 'invalid'
      const at = now()
      const ipHash = hashIp(secret, ip)
      if (ipHash && !(await hitRateLimit(db, hashForRateLimit(secret, 'ip', ipHash), limits.perIp, at)).allowed) {
        return 'rate-limited'
      }
      const row = await db
        .selectFrom('newsletter_subscription')
        .select(['id', 'email', 'status'])
        .where('token_hash', '=', hashToken(token))
        .executeTakeFirst()
      if (!row || row.status === 'unsubscribed') return 'invalid'
      if (row.status === 'pending') {
        const fresh = await claimResend(db, row.id, at)
        if (fresh) await sendConfirmation(row.id, row.email, fresh)
      }
      return 'sent'
    },

    /** Ends a subscription (pending or confirmed). Freeing `active_email` lets the address sign up again later. */
    async unsubscribe(token: string | undefined): Promise<UnsubscribeResult> {
      const id = readUnsubscribeToken(secret, token)
      if (!id) return 'invalid'
      const result = await db
        .updateTable('newsletter_subscription')
        .set({ status: 'unsubscribed', active_email: null, token_hash: null, unsubscribed_at: now().toISOString() })
        .where('id', '=', id)
        .where('status', 'in', ['pending', 'confirmed'])
        .executeTakeFirst()
      if (Number(result.numUpdatedRows) === 1) return 'unsubscribed'
      return (await lookupUnsubscribe(token)) === 'unsubscribed' ? 'already-unsubscribed' : 'invalid'
    },

    async listConfirmedSubscribers(): Promise<ConfirmedSubscriber[]> {
      const rows = await db
        .selectFrom('newsletter_subscription')
        .select(['email', 'requested_at', 'confirmed_at', 'consent_version', 'source_path'])
        .where('status', '=', 'confirmed')
        .orderBy('confirmed_at')
        .orderBy('email')
        .execute()
      return rows.map((r) => ({ ...r, confirmed_at: r.confirmed_at ?? '' }))
    },
  }
}
