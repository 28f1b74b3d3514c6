import { X509Certificate } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ensureLocalCertificates } from '@/sanity/tls/certificates'

describe('ensureLocalCertificates', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tls-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('issues a localhost certificate signed by the local CA, covering the Studio host names', () => {
    const tls = ensureLocalCertificates(dir)
    const [leafPem] = tls.cert.toString().split(/(?<=-----END CERTIFICATE-----\n)/)
    const leaf = new X509Certificate(leafPem!)
    const ca = new X509Certificate(tls.ca)
    expect(leaf.verify(ca.publicKey)).toBe(true)
    expect(leaf.checkHost('localhost')).toBe('localhost')
    expect(leaf.checkHost('local.localhost')).toBe('local.localhost')
    expect(leaf.checkIP('127.0.0.1')).toBe('127.0.0.1')
    expect(ca.ca).toBe(true)
  })

  it('reuses the same material on the next start so a trusted CA stays trusted', () => {
    const first = ensureLocalCertificates(dir)
    const second = ensureLocalCertificates(dir)
    expect(second.ca.equals(first.ca)).toBe(true)
    expect(second.cert.equals(first.cert)).toBe(true)
  })
})
