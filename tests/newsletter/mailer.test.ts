import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { createMailer } from '@/lib/newsletter/mailer'
import { createNewsletterService } from '@/lib/newsletter/service'
import { openTestDatabase, type TestDatabase } from '../db/backends'
import { secret, siteUrl, testService } from './helpers'

interface ReceivedMessage {
  from: string
  to: string[]
  raw: string
}

/** An in-process SMTP server on a free port that keeps every message it receives. */
async function startSmtpServer() {
  const received: ReceivedMessage[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return { received, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

/** Header value (unfolded) from a raw message's header block. */
function header(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? ''
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ')
  const line = unfolded.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`))
  return line?.slice(name.length + 1).trim()
}

/** The decoded body of the MIME part with this content type (quoted-printable or 7bit). */
function part(raw: string, contentType: string): string {
  const boundary = /boundary="?([^";\r\n]+)"?/.exec(raw)?.[1]
  if (!boundary) throw new Error('not multipart')
  const found = raw.split(`--${boundary}`).find((p) => p.toLowerCase().includes(`content-type: ${contentType}`))
  if (!found) throw new Error(`no ${contentType} part`)
  const [headers, ...body] = found.split(/\r?\n\r?\n/)
  const text = body.join('\n\n')
  if (!/quoted-printable/i.test(headers ?? '')) return text
  return Buffer.from(
    text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8')
}

describe('confirmation email over a real SMTP conversation', () => {
  let t: TestDatabase
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>
  beforeEach(async () => {
    t = await openTestDatabase('sqlite')
    smtp = await startSmtpServer()
  })
  afterEach(async () => {
    await smtp.close()
    await t.cleanup()
  })

  it('delivers a message whose link, unsubscribe link and headers work', async () => {
    const mailer = createMailer({ from: 'The Meridian Review <newsletter@news.example>', smtpUrl: smtp.url, outboxDir: '/nonexistent' })
    const { form } = testService(t.db)
    const service = createNewsletterService({ db: t.db, mailer, secret, siteUrl, siteName: 'The Meridian Review' })
    const outcome = await service.subscribe(form('reader@Example.com'), '192.0.2.50')
    mailer.close()
    expect(outcome.detail).toBe('created')

    expect(smtp.received).toHaveLength(1)
    const [message] = smtp.received as [ReceivedMessage]
    expect(message.from).toBe('newsletter@news.example')
    expect(message.to).toEqual(['reader@example.com'])
    const raw = message.raw
    expect(header(raw, 'From')).toBe('The Meridian Review <newsletter@news.example>')
    expect(header(raw, 'To')).toBe('reader@example.com')
    expect(header(raw, 'Subject')).toBe('Confirm your subscription to The Meridian Review')
    expect(header(raw, 'Message-ID')).toMatch(/^<[0-9a-f-]{36}@news\.example>$/)
    expect(Date.parse(header(raw, 'Date') ?? '')).not.toBeNaN()
    expect(header(raw, 'Auto-Submitted')).toBe('auto-generated')
    expect(header(raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
    const listUnsubscribe = header(raw, 'List-Unsubscribe') ?? ''
    expect(listUnsubscribe).toMatch(/^<https:\/\/news\.example\/api\/newsletter\/unsubscribe\?token=[^>]+>$/)
    expect(header(raw, 'Content-Type')).toMatch(/^multipart\/alternative/)

    const text = part(raw, 'text/plain')
    const html = part(raw, 'text/html')
    const confirmUrl = /https:\/\/news\.example\/newsletter\/confirm\?token=[A-Za-z0-9_-]+/.exec(text)?.[0]
    expect(confirmUrl).toBeDefined()
    expect(html).toContain(`href="${confirmUrl}"`)
    const unsubscribePage = /https:\/\/news\.example\/newsletter\/unsubscribe\?token=\S+/.exec(text)?.[0] ?? ''
    expect(html).toContain(`href="${unsubscribePage}"`)

    // Following the emailed links does what they say.
    const token = new URL(confirmUrl as string).searchParams.get('token') ?? ''
    expect(await service.confirm(token, null)).toBe('confirmed')
    const oneClickToken = new URL(listUnsubscribe.slice(1, -1)).searchParams.get('token') ?? ''
    expect(new URL(unsubscribePage).searchParams.get('token')).toBe(oneClickToken)
    expect(await service.unsubscribe(oneClickToken)).toBe('unsubscribed')
  })
})

describe('outbox transport (no SMTP_URL)', () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsletter-outbox-'))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('writes each message as .eml and logs its link', async () => {
    const lines: string[] = []
    const mailer = createMailer({ from: 'Newsletter <newsletter@localhost>', outboxDir: dir, log: (l) => lines.push(l) })
    expect(mailer.kind).toBe('outbox')
    const sent = await mailer.send({
      to: 'reader@example.com',
      subject: 'Hello',
      text: 'Confirm: https://news.example/newsletter/confirm?token=abc',
      html: '<p>Hello</p>',
      headers: { 'List-Unsubscribe': '<https://news.example/api/newsletter/unsubscribe?token=x>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      summary: 'confirmation link for reader@example.com: https://news.example/newsletter/confirm?token=abc',
    })
    expect(sent.file).toBeDefined()
    expect(path.dirname(sent.file as string)).toBe(dir)
    const raw = fs.readFileSync(sent.file as string, 'utf8')
    expect(header(raw, 'To')).toBe('reader@example.com')
    expect(header(raw, 'Message-ID')).toBe(sent.messageId)
    expect(header(raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
    expect(part(raw, 'text/plain')).toContain('https://news.example/newsletter/confirm?token=abc')
    expect(lines).toEqual([expect.stringContaining('https://news.example/newsletter/confirm?token=abc')])
    expect(lines[0]).toContain(sent.file)
  })
})
