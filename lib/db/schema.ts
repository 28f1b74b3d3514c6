/**
 * Row types of the app's own database. Times are ISO-8601 UTC strings (`Date#toISOString`) on every
 * backend, so the same queries (including `<` comparisons) run unchanged on SQLite and PostgreSQL.
 * A feature that adds a table through `migrations.ts` adds its row type here.
 */
export type SubscriptionStatus = 'pending' | 'confirmed' | 'unsubscribed'

export interface NewsletterSubscriptionTable {
  /** Random id (UUID); the unsubscribe link signs it. */
  id: string
  email: string
  /** The address while the subscription is pending or confirmed, null once unsubscribed. Unique: one live subscription per address. */
  active_email: string | null
  status: SubscriptionStatus
  /** SHA-256 of the current confirmation token; kept after confirming so a second click answers "already confirmed". */
  token_hash: string | null
  token_expires_at: string | null
  last_email_sent_at: string | null
  requested_at: string
  confirmed_at: string | null
  unsubscribed_at: string | null
  /** Proof of consent: what the reader saw and where. */
  consent_text: string
  consent_version: string
  source_path: string
  /** Keyed hash (HMAC) of the requesting IP; never the raw address. */
  ip_hash: string | null
  confirm_ip_hash: string | null
}

export interface RateLimitTable {
  key: string
  window_start: string
  count: number
}

export interface Database {
  newsletter_subscription: NewsletterSubscriptionTable
  rate_limit: RateLimitTable
}

