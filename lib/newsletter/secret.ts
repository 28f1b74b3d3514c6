import fs from 'node:fs'
import path from 'node:path'
import { randomBytes } from 'node:crypto'

/**
 * NEWSLETTER_SECRET signs form tokens and unsubscribe links and keys the IP hashes. A production server that
 * sends real mail (SMTP_URL set) must set it: links in sent emails depend on it, and every instance must agree.
 * Otherwise (development, tests, a local `npm start` writing to the outbox) a random one is generated once and
 * kept in DATA_DIR/newsletter-secret so links in the outbox keep working across restarts.
 */
export function resolveNewsletterSecret(options: {
  configured?: string
  nodeEnv: string
  dataDir: string
  sendsRealMail: boolean
}): string {
  if (options.configured) {
    if (options.configured.length < 32) throw new Error('NEWSLETTER_SECRET must be at least 32 characters')
    return options.configured
  }
  if (options.nodeEnv === 'production' && options.sendsRealMail) {
    throw new Error('NEWSLETTER_SECRET is not set: generate one with `openssl rand -base64 48` and set it in the environment')
  }
  const file = path.join(options.dataDir, 'newsletter-secret')
  try {
    const existing = fs.readFileSync(file, 'utf8').trim()
    if (existing.length >= 32) return existing
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  fs.mkdirSync(options.dataDir, { recursive: true })
  const secret = randomBytes(48).toString('base64url')
  try {
    // 'wx': when two processes race, the first file wins and both read it back.
    fs.writeFileSync(file, `${secret}\n`, { flag: 'wx', mode: 0o600 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  return fs.readFileSync(file, 'utf8').trim()
}
