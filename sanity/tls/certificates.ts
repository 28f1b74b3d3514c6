/**
 * A local certificate authority and a `localhost` certificate for the Studio's HTTPS/HTTP2 server.
 * The Studio prepends the project id to its API host (`https://local.localhost:PORT`), and browsers
 * open only six HTTP/1.1 connections per host, so the lake must speak HTTP/2, which browsers do only
 * over TLS. Generated once with the machine's `openssl` and kept under the data folder; a person
 * trusts the CA once (see README) and every later leaf certificate is trusted with it.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export type TlsMaterial = { key: Buffer; cert: Buffer; ca: Buffer; caPath: string }

// OpenSSL and some browsers refuse a wildcard directly under a single-label name, so the Studio's
// host for the local project (`local.localhost`) is listed by name as well.
const LEAF_NAMES = ['DNS:localhost', 'DNS:*.localhost', 'DNS:local.localhost', 'IP:127.0.0.1', 'IP:::1']

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] })
}

/** Returns the key and certificate chain under `dir`, creating them on first use. */
export function ensureLocalCertificates(dir: string): TlsMaterial {
  mkdirSync(dir, { recursive: true })
  const caKey = path.join(dir, 'ca-key.pem')
  const caCert = path.join(dir, 'ca.pem')
  const key = path.join(dir, 'localhost-key.pem')
  const cert = path.join(dir, 'localhost.pem')

  if (!existsSync(caKey) || !existsSync(caCert)) {
    openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', caKey], dir)
    openssl(
      ['req', '-x509', '-new', '-key', caKey, '-sha256', '-days', '825', '-subj', '/CN=Meridian Review local development CA',
        '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign', '-out', caCert],
      dir,
    )
  }
  if (!existsSync(key) || !existsSync(cert)) {
    const csr = path.join(dir, 'localhost.csr')
    const ext = path.join(dir, 'localhost.ext')
    writeFileSync(
      ext,
      ['basicConstraints=CA:FALSE', 'keyUsage=critical,digitalSignature,keyEncipherment', 'extendedKeyUsage=serverAuth',
        `subjectAltName=${LEAF_NAMES.join(',')}`].join('\n'),
    )
    openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', key], dir)
    openssl(['req', '-new', '-key', key, '-subj', '/CN=localhost', '-out', csr], dir)
    // Browsers reject leaf certificates valid for more than 398 days.
    openssl(['x509', '-req', '-in', csr, '-CA', caCert, '-CAkey', caKey, '-CAcreateserial', '-days', '397', '-sha256',
      '-extfile', ext, '-out', cert], dir)
  }
  const leaf = readFileSync(cert)
  const ca = readFileSync(caCert)
  return { key: readFileSync(key), cert: Buffer.concat([leaf, ca]), ca, caPath: caCert }
}
