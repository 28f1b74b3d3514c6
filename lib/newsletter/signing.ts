import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto'

/** Keyed hashes and signed tokens for the newsletter. Pure: the secret is always passed in. */

const base64url = (buffer: Buffer) => buffer.toString('base64url')

export function hmac(secret: string, purpose: string, value: string): string {
  return base64url(createHmac('sha256', secret).update(`${purpose}\0${value}`).digest())
}

/** Equal-time comparison of two strings of any length (hashing first hides the length too). */
export function constantTimeEqual(a: string, b: string): boolean {
  const da = createHash('sha256').update(a).digest()
  const db = createHash('sha256').update(b).digest()
  return timingSafeEqual(da, db) && a.length === b.length
}

/** SHA-256 of a confirmation token: the database never holds the token itself. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export function newConfirmationToken(): string {
  return base64url(randomBytes(32))
}

export function newSubscriptionId(): string {
  return randomUUID()
}

/**
 * An IP address hashed with the secret: stable enough to count requests and to show consent came from one
 * network, but with the secret unknown it cannot be reversed by trying all 2^32 IPv4 addresses.
 */
export function hashIp(secret: string, ip: string | null | undefined): string | null {
  return ip ? hmac(secret, 'ip', ip) : null
}

export function hashForRateLimit(secret: string, kind: string, value: string): string {
  return `${kind}:${hmac(secret, `rate-limit:${kind}`, value)}`
}

/**
 * The form token: issue time + random nonce, signed. The page is static, so the island fetches one when the
 * reader first interacts; the server then knows how long the form was in front of the reader.
 */
export function issueFormToken(secret: string, now: Date): string {
  const payload = `${now.getTime().toString(36)}.${base64url(randomBytes(9))}`
  return `${payload}.${hmac(secret, 'form-token', payload)}`
}

export type FormTokenCheck = { kind: 'absent' } | { kind: 'invalid' } | { kind: 'valid'; ageMs: number }

export function checkFormToken(secret: string, token: string | null | undefined, now: Date): FormTokenCheck {
  if (!token) return { kind: 'absent' }
  const match = /^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{12})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return { kind: 'invalid' }
  const [, time, nonce, signature] = match as unknown as [string, string, string, string]
  if (!constantTimeEqual(signature, hmac(secret, 'form-token', `${time}.${nonce}`))) return { kind: 'invalid' }
  return { kind: 'valid', ageMs: now.getTime() - parseInt(time, 36) }
}

/** The unsubscribe token names a subscription and proves the link came from us; it needs no storage. */
export function signUnsubscribeToken(secret: string, subscriptionId: string): string {
  return `${subscriptionId}.${hmac(secret, 'unsubscribe', subscriptionId)}`
}

export function readUnsubscribeToken(secret: string, token: string | null | undefined): string | null {
  if (!token || token.length > 200) return null
  const dot = token.lastIndexOf('.')
  if (dot <= 0) return null
  const id = token.slice(0, dot)
  return constantTimeEqual(token.slice(dot + 1), hmac(secret, 'unsubscribe', id)) ? id : null
}
