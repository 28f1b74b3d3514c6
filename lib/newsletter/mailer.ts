import fs from 'node:fs/promises'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import nodemailer from 'nodemailer'
import type { OutgoingEmail } from './emails'

/**
 * Sends the newsletter's emails. With an SMTP URL they go through that server; without one each message is
 * written as an .eml file to the outbox directory and its link is logged, so signups can be finished on a
 * machine with no mail server.
 */
export interface SentEmail {
  messageId: string
  /** The .eml file, when written to the outbox. */
  file?: string
}

export interface Mailer {
  readonly kind: 'smtp' | 'outbox'
  send(email: OutgoingEmail): Promise<SentEmail>
  close(): void
}

export interface MailerOptions {
  from: string
  smtpUrl?: string
  outboxDir: string
  log?: (line: string) => void
}

function domainOf(from: string): string {
  const match = /@([^>\s]+)>?\s*$/.exec(from)
  return match?.[1] ?? 'localhost'
}

export function createMailer(options: MailerOptions): Mailer {
  const log = options.log ?? ((line: string) => console.info(line))
  const kind = options.smtpUrl ? 'smtp' : 'outbox'
  const transport = options.smtpUrl
    ? nodemailer.createTransport(options.smtpUrl)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
  const messageDomain = domainOf(options.from)

  return {
    kind,
    async send(email) {
      const messageId = `<${randomUUID()}@${messageDomain}>`
      const info = await transport.sendMail({
        from: options.from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        headers: email.headers,
        messageId,
        date: new Date(),
      })
      if (kind === 'smtp') return { messageId }
      await fs.mkdir(options.outboxDir, { recursive: true })
      const stamp = new Date().toISOString().replace(/[:.]/g, '-')
      const file = path.join(options.outboxDir, `${stamp}-${randomUUID().slice(0, 8)}.eml`)
      await fs.writeFile(file, (info as unknown as { message: Buffer }).message)
      log(`[newsletter] ${email.summary} (email written to ${file})`)
      return { messageId, file }
    },
    close() {
      transport.close()
    },
  }
}
