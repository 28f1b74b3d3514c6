import { domainToASCII } from 'node:url'

/**
 * Normalises a subscriber's address: trims surrounding spaces, keeps the local part as typed (it is
 * case-sensitive by RFC 5321) in Unicode NFC, lowercases the domain and converts an internationalised
 * domain to its ASCII (punycode) form, which every mail server accepts. Rejects anything that could
 * smuggle a mail header (CR/LF), control characters, quoted local parts, IP literals and lengths
 * beyond RFC 5321 (local part 64 octets, domain 253, address 254).
 */
export type EmailAddressResult = { ok: true; address: string } | { ok: false; reason: EmailAddressProblem }
export type EmailAddressProblem = 'empty' | 'too-long' | 'forbidden-characters' | 'invalid'

export const MAX_ADDRESS_OCTETS = 254
const MAX_LOCAL_OCTETS = 64
const MAX_DOMAIN_OCTETS = 253
// RFC 5322 atext, plus any non-ASCII letter or number (RFC 6531 internationalised local parts).
const localPartPattern = /^[\p{L}\p{N}\p{M}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}\p{M}!#$%&'*+/=?^_`{|}~-]+)*$/u
const domainLabelPattern = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/
// C0 and C1 controls, DEL, and the Unicode line/paragraph separators.
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u
const octets = (s: string) => Buffer.byteLength(s, 'utf8')

export function normalizeEmailAddress(raw: unknown): EmailAddressResult {
  if (typeof raw !== 'string') return { ok: false, reason: 'empty' }
  // Checked before trimming: a trailing "\r\nBcc: …" must be refused, not trimmed into something valid.
  if (raw.length > 4 * MAX_ADDRESS_OCTETS) return { ok: false, reason: 'too-long' }
  if (controlCharacters.test(raw.replace(/^[ \t]+|[ \t]+$/g, ''))) return { ok: false, reason: 'forbidden-characters' }
  const trimmed = raw.trim()
  if (trimmed === '') return { ok: false, reason: 'empty' }
  const at = trimmed.lastIndexOf('@')
  if (at <= 0 || at === trimmed.length - 1) return { ok: false, reason: 'invalid' }
  const local = trimmed.slice(0, at).normalize('NFC')
  const domainInput = trimmed.slice(at + 1)
  if (octets(local) > MAX_LOCAL_OCTETS) return { ok: false, reason: 'too-long' }
  if (!localPartPattern.test(local)) return { ok: false, reason: 'invalid' }
  if (domainInput.startsWith('[')) return { ok: false, reason: 'invalid' }
  if (octets(domainInput) > 4 * MAX_DOMAIN_OCTETS) return { ok: false, reason: 'too-long' }
  const domain = domainToASCII(domainInput.toLowerCase().replace(/\.$/, ''))
  if (domain === '') return { ok: false, reason: 'invalid' }
  if (domain.length > MAX_DOMAIN_OCTETS) return { ok: false, reason: 'too-long' }
  const labels = domain.split('.')
  if (labels.length < 2 || !labels.every((l) => domainLabelPattern.test(l))) return { ok: false, reason: 'invalid' }
  // The top-level domain is never all digits: rules out "1.2.3.4".
  if (/^[0-9]+$/.test(labels[labels.length - 1] ?? '')) return { ok: false, reason: 'invalid' }
  const address = `${local}@${domain}`
  if (octets(address) > MAX_ADDRESS_OCTETS) return { ok: false, reason: 'too-long' }
  return { ok: true, address }
}

export const emailAddressMessages: Record<EmailAddressProblem, string> = {
  empty: 'Enter your email address.',
  'too-long': 'That email address is too long.',
  'forbidden-characters': 'That email address contains characters that are not allowed.',
  invalid: 'Enter an email address like name@example.com.',
}
