import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { toCsv } from '@/lib/newsletter/csv'
import { resolveNewsletterSecret } from '@/lib/newsletter/secret'
import {
  checkFormToken,
  constantTimeEqual,
  hashIp,
  hashToken,
  issueFormToken,
  readUnsubscribeToken,
  signUnsubscribeToken,
} from '@/lib/newsletter/signing'

const secret = 'unit-secret-unit-secret-unit-secret-0123'

describe('form token (time trap)', () => {
  const issued = new Date('2026-03-01T12:00:00Z')
  it('reports its age when the signature is ours', () => {
    const token = issueFormToken(secret, issued)
    expect(checkFormToken(secret, token, new Date(issued.getTime() + 4500))).toEqual({ kind: 'valid', ageMs: 4500 })
  })
  it('is invalid under another secret, when altered, or malformed; absent when empty', () => {
    const token = issueFormToken(secret, issued)
    expect(checkFormToken('another-secret-another-secret-0000', token, issued)).toEqual({ kind: 'invalid' })
    // Moving the time back one hour to look older breaks the signature.
    const [time, nonce, signature] = token.split('.')
    const older = `${(parseInt(time as string, 36) - 3600_000).toString(36)}.${nonce}.${signature}`
    expect(checkFormToken(secret, older, issued)).toEqual({ kind: 'invalid' })
    expect(checkFormToken(secret, 'garbage', issued)).toEqual({ kind: 'invalid' })
    expect(checkFormToken(secret, '', issued)).toEqual({ kind: 'absent' })
    expect(checkFormToken(secret, undefined, issued)).toEqual({ kind: 'absent' })
  })
  it('is different every time', () => {
    expect(issueFormToken(secret, issued)).not.toBe(issueFormToken(secret, issued))
  })
})

describe('unsubscribe token', () => {
  it('round-trips the subscription id and refuses tampering', () => {
    const token = signUnsubscribeToken(secret, 'sub-123')
    expect(readUnsubscribeToken(secret, token)).toBe('sub-123')
    expect(readUnsubscribeToken(secret, token.replace('sub-123', 'sub-124'))).toBeNull()
    expect(readUnsubscribeToken('other-secret-other-secret-other-000', token)).toBeNull()
    expect(readUnsubscribeToken(secret, 'no-dot')).toBeNull()
    expect(readUnsubscribeToken(secret, undefined)).toBeNull()
  })
})

describe('hashes', () => {
  it('hashes tokens with SHA-256 and IPs with the secret', () => {
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(hashIp(secret, '192.0.2.1')).toBe(hashIp(secret, '192.0.2.1'))
    expect(hashIp(secret, '192.0.2.1')).not.toBe(hashIp('other-secret-other-secret-other-000', '192.0.2.1'))
    expect(hashIp(secret, '192.0.2.1')).not.toContain('192')
    expect(hashIp(secret, null)).toBeNull()
  })
  it('compares strings of any length', () => {
    expect(constantTimeEqual('same', 'same')).toBe(true)
    expect(constantTimeEqual('same', 'sam')).toBe(false)
    expect(constantTimeEqual('', 'x')).toBe(false)
  })
})

describe('toCsv', () => {
  it('quotes every cell and defuses formulas', () => {
    const csv = toCsv(['email', 'note'], [
      ['=HYPERLINK("http://evil")@example.com', '+1'],
      ['-2@example.com', '@SUM(A1)'],
      ['ok@example.com', 'say "hi", then\nleave'],
      ['\tx@example.com', null],
    ])
    expect(csv).toBe(
      [
        '"email","note"',
        `"'=HYPERLINK(""http://evil"")@example.com","'+1"`,
        `"'-2@example.com","'@SUM(A1)"`,
        '"ok@example.com","say ""hi"", then\nleave"',
        `"'\tx@example.com",""`,
        '',
      ].join('\r\n'),
    )
  })
})

describe('resolveNewsletterSecret', () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsletter-secret-'))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('uses the configured secret and refuses a short one', () => {
    expect(resolveNewsletterSecret({ configured: secret, nodeEnv: 'production', dataDir: dir, sendsRealMail: true })).toBe(secret)
    expect(() =>
      resolveNewsletterSecret({ configured: 'short', nodeEnv: 'development', dataDir: dir, sendsRealMail: false }),
    ).toThrow(/at least 32/)
  })
  it('requires one in production when real mail goes out', () => {
    expect(() => resolveNewsletterSecret({ nodeEnv: 'production', dataDir: dir, sendsRealMail: true })).toThrow(
      /NEWSLETTER_SECRET is not set/,
    )
    expect(fs.existsSync(path.join(dir, 'newsletter-secret'))).toBe(false)
  })
  it('generates one otherwise and keeps it under DATA_DIR', () => {
    const first = resolveNewsletterSecret({ nodeEnv: 'development', dataDir: dir, sendsRealMail: false })
    expect(first.length).toBeGreaterThanOrEqual(32)
    expect(resolveNewsletterSecret({ nodeEnv: 'production', dataDir: dir, sendsRealMail: false })).toBe(first)
    expect(fs.readFileSync(path.join(dir, 'newsletter-secret'), 'utf8').trim()).toBe(first)
    expect(fs.statSync(path.join(dir, 'newsletter-secret')).mode & 0o077).toBe(0)
  })
})
