import { MAX_ADDRESS_OCTETS, normalizeEmailAddress } from '@/lib/newsletter/email-address'

describe('normalizeEmailAddress', () => {
  it.each([
    ['reader@example.com', 'reader@example.com'],
    ['  Reader.Name+news@Example.COM  ', 'Reader.Name+news@example.com'],
    ['a@sub.example.co.uk', 'a@sub.example.co.uk'],
    ['a@b.com.', 'a@b.com'],
    // Internationalised domain to punycode, any case.
    ['leser@BÜCHER.de', 'leser@xn--bcher-kva.de'],
    ['a@xn--bcher-kva.de', 'a@xn--bcher-kva.de'],
    // Internationalised local part (RFC 6531), normalised to NFC.
    ['jos\u0065\u0301@example.com', 'jos\u00e9@example.com'],
    ['用户@例子.广告', '用户@xn--fsqu00a.xn--4rr70v'],
  ])('accepts %j as %j', (input, expected) => {
    expect(normalizeEmailAddress(input)).toEqual({ ok: true, address: expected })
  })

  it.each([
    ['victim@example.com\r\nBcc: list@example.com', 'forbidden-characters'],
    ['victim@example.com\nBcc: list@example.com', 'forbidden-characters'],
    ['victim@example.com\r\n', 'forbidden-characters'],
    ['vic\u0000tim@example.com', 'forbidden-characters'],
    ['vic\u0085tim@example.com', 'forbidden-characters'],
    ['vic\u2028tim@example.com', 'forbidden-characters'],
    ['tab\t@example.com', 'forbidden-characters'],
  ])('refuses header injection and control characters in %j', (input, reason) => {
    expect(normalizeEmailAddress(input)).toEqual({ ok: false, reason })
  })

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    [undefined, 'empty'],
    ['plain', 'invalid'],
    ['@example.com', 'invalid'],
    ['a@', 'invalid'],
    ['a@localhost', 'invalid'],
    ['a@1.2.3.4', 'invalid'],
    ['a@[192.0.2.1]', 'invalid'],
    ['"quoted"@example.com', 'invalid'],
    ['a..b@example.com', 'invalid'],
    ['.a@example.com', 'invalid'],
    ['a b@example.com', 'invalid'],
    ['a@-example.com', 'invalid'],
    ['a@exa_mple.com', 'invalid'],
    ['a@b@example.com', 'invalid'],
  ])('refuses %j (%s)', (input, reason) => {
    expect(normalizeEmailAddress(input)).toEqual({ ok: false, reason })
  })

  it('enforces the RFC 5321 length limits', () => {
    const label = 'a'.repeat(63)
    expect(normalizeEmailAddress(`${'l'.repeat(64)}@example.com`).ok).toBe(true)
    expect(normalizeEmailAddress(`${'l'.repeat(65)}@example.com`)).toEqual({ ok: false, reason: 'too-long' })
    // 64-octet limit counts UTF-8 octets, not characters.
    expect(normalizeEmailAddress(`${'é'.repeat(33)}@example.com`)).toEqual({ ok: false, reason: 'too-long' })
    expect(normalizeEmailAddress(`a@${'b'.repeat(64)}.com`)).toEqual({ ok: false, reason: 'invalid' })
    // Domain ≤ 253 octets but the whole address over 254.
    const domain = `${label}.${label}.${label}.${'a'.repeat(57)}.com`
    expect(domain.length).toBe(253)
    expect(normalizeEmailAddress(`x@${domain}`)).toEqual({ ok: false, reason: 'too-long' })
    const address = `${'x'.repeat(MAX_ADDRESS_OCTETS - 1 - 249)}@${label}.${label}.${label}.${'a'.repeat(53)}.com`
    expect(address.length).toBe(MAX_ADDRESS_OCTETS)
    expect(normalizeEmailAddress(address).ok).toBe(true)
    expect(normalizeEmailAddress(`x${address}`)).toEqual({ ok: false, reason: 'too-long' })
    expect(normalizeEmailAddress('x'.repeat(100_000))).toEqual({ ok: false, reason: 'too-long' })
  })
})
