/**
 * Newsletter double opt-in in the browser, on the production build: sign up on an article with and without
 * JavaScript and in the footer, find the confirmation mail in the server's outbox (DATA_DIR/outbox, no SMTP_URL),
 * confirm with the page's POST button (a GET alone confirms nothing), unsubscribe (GET shows a button, POST
 * unsubscribes), and an invalid address gets an error tied to the field with aria-describedby.
 */
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import type { Locator, Page } from 'playwright-core'
import { baseUrl, launchBrowser, type E2EBrowser } from './browser'
import { expectVisible, visit } from './page-helpers'
import { loadSeed } from './seed'

const seed = loadSeed()
/** The signup form's time trap: a submission sooner than this after the form came into view counts as a bot. */
const TIME_TRAP_MS = 2_000
const SUCCESS = /Check your inbox/

let browser: E2EBrowser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

function dataDir(): string {
  const dir = process.env.DATA_DIR
  if (!dir) throw new Error('DATA_DIR is not set: run the browser tests with `npm run test:e2e`')
  return dir
}

let counter = 0
/** An address no other test uses (rate limits and "already subscribed" answers are per address). */
function uniqueAddress(label: string): string {
  return `e2e-${label}-${Date.now().toString(36)}-${++counter}@example.org`
}

function subscriptionStatus(address: string): string | null {
  const db = new Database(path.join(dataDir(), 'app.sqlite'), { readonly: true, fileMustExist: true })
  try {
    const row = db.prepare('SELECT status FROM newsletter_subscription WHERE email = ? ORDER BY requested_at DESC').get(address) as { status: string } | undefined
    return row?.status ?? null
  } finally {
    db.close()
  }
}

/** Quoted-printable soft breaks and escapes undone, enough to read links in the outbox's .eml files. */
function decodeQuotedPrintable(text: string): string {
  return text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

type Mail = { file: string; raw: string; confirmUrl: string; unsubscribeUrl: string }

/** Waits for the confirmation mail to `address` in DATA_DIR/outbox and reads its links. */
async function confirmationMail(address: string, timeoutMs = 15_000): Promise<Mail> {
  const outbox = path.join(dataDir(), 'outbox')
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const files = fs.existsSync(outbox) ? fs.readdirSync(outbox).filter((f) => f.endsWith('.eml')) : []
    for (const file of files) {
      const raw = fs.readFileSync(path.join(outbox, file), 'utf8')
      const headerEnd = raw.search(/\r?\n\r?\n/)
      // Unfolded: long header lines continue on lines that start with white space.
      const headers = raw.slice(0, headerEnd).replace(/\r?\n[ \t]+/g, ' ')
      if (!new RegExp(`^To:.*${address.replace(/[.+]/g, '\\$&')}`, 'mi').test(headers)) continue
      const body = decodeQuotedPrintable(raw)
      const base = baseUrl().replace(/[.]/g, '\\.')
      const confirmUrl = new RegExp(`${base}/newsletter/confirm\\?token=[A-Za-z0-9_%.-]+`).exec(body)?.[0]
      const unsubscribeUrl = new RegExp(`${base}/newsletter/unsubscribe\\?token=[A-Za-z0-9_%.-]+`).exec(body)?.[0]
      if (!confirmUrl || !unsubscribeUrl) throw new Error(`the mail ${file} to ${address} lacks a confirm or unsubscribe link`)
      expect(headers).toMatch(/^List-Unsubscribe: <http[^>]+\/api\/newsletter\/unsubscribe\?token=/m)
      expect(headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m)
      return { file, raw, confirmUrl, unsubscribeUrl }
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`no confirmation mail to ${address} in ${outbox}`)
}

function mailsTo(address: string): number {
  const outbox = path.join(dataDir(), 'outbox')
  if (!fs.existsSync(outbox)) return 0
  return fs.readdirSync(outbox).filter((f) => new RegExp(`^To:.*${address.replace(/[.+]/g, '\\$&')}`, 'mi').test(fs.readFileSync(path.join(outbox, f), 'utf8'))).length
}

/** The article's own signup form (the footer has one too). */
const articleSignup = (page: Page) => page.locator('main#content section[aria-labelledby="article-newsletter-heading"]')
const footerSignup = (page: Page) => page.getByRole('contentinfo').locator('section[aria-labelledby="footer-newsletter-heading"]')

/** Brings the form into view (that is when the island asks for its time-trap token) and waits out the trap. */
async function showAndWait(form: Locator): Promise<void> {
  await form.scrollIntoViewIfNeeded()
  await form.page().waitForTimeout(TIME_TRAP_MS + 500)
}

/**
 * Forms whose server-rendered `action` is missing or empty (invalid HTML for the W3C checker; React writes
 * `action=""` for a bare Server Action). Read from the HTML as served, before any script runs.
 */
async function formActions(page: Page): Promise<string[]> {
  const html = await (await page.request.get(page.url())).text()
  return [...html.matchAll(/<form\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\saction="[^"]+"/.test(tag))
}

/** Confirm with the button, after checking that opening the link alone confirms nothing; then unsubscribe. */
async function confirmAndUnsubscribe(page: Page, address: string, mail: Mail): Promise<void> {
  expect(subscriptionStatus(address)).toBe('pending')
  await visit(page, mail.confirmUrl)
  const main = page.locator('main#content')
  await expectVisible(main.getByRole('heading', { level: 1, name: 'Confirm your subscription' }), 'the confirmation page')
  expect(await formActions(page)).toEqual([])
  // The GET (what a mail scanner does) changed nothing, even twice.
  await visit(page, mail.confirmUrl)
  expect(subscriptionStatus(address)).toBe('pending')
  await Promise.all([page.waitForURL(/done=1/), main.getByRole('button', { name: 'Confirm subscription' }).click()])
  await expectVisible(main.getByRole('heading', { level: 1, name: 'You’re subscribed' }), 'the confirmed page')
  expect(subscriptionStatus(address)).toBe('confirmed')

  await visit(page, mail.unsubscribeUrl)
  await expectVisible(main.getByRole('heading', { level: 1, name: 'Unsubscribe from the newsletter' }), 'the unsubscribe page')
  expect(await formActions(page)).toEqual([])
  await visit(page, mail.unsubscribeUrl)
  expect(subscriptionStatus(address)).toBe('confirmed')
  await Promise.all([page.waitForURL(/done=1/), main.getByRole('button', { name: 'Unsubscribe' }).click()])
  await expectVisible(main.getByRole('heading', { level: 1, name: 'You’re unsubscribed' }), 'the unsubscribed page')
  expect(subscriptionStatus(address)).toBe('unsubscribed')
}

test('with JavaScript: sign up on an article (inline status), confirm by POST, unsubscribe by POST', async () => {
  const article = seed.articles[0]!
  const page = await browser.newPage()
  await visit(page, `/articles/${article.slug}`)
  const form = articleSignup(page)
  await expectVisible(form, 'the article’s newsletter signup')
  await showAndWait(form)
  const address = uniqueAddress('js')
  await form.getByLabel('Email address').fill(address)
  await form.getByRole('button', { name: 'Sign up' }).click()
  const status = form.getByRole('status')
  await status.filter({ hasText: SUCCESS }).waitFor()
  // Answered in place: no navigation.
  expect(new URL(page.url()).pathname).toBe(`/articles/${article.slug}`)
  const mail = await confirmationMail(address)
  expect(mailsTo(address)).toBe(1)
  await confirmAndUnsubscribe(page, address, mail)
  await page.context().close()
})

test('without JavaScript: the article form posts and the result page shows the status; confirm and unsubscribe work', async () => {
  const article = seed.articles[1]!
  const page = await browser.newPage({ javaScript: false })
  await visit(page, `/articles/${article.slug}`)
  const form = articleSignup(page)
  await expectVisible(form, 'the article’s newsletter signup')
  expect(await form.locator('form').getAttribute('action')).toBe(`/articles/${article.slug}#article-newsletter-heading`)
  expect(await footerSignup(page).locator('form').getAttribute('action')).toBe('/newsletter#footer-newsletter-heading')
  expect(await formActions(page)).toEqual([])
  const address = uniqueAddress('nojs')
  await form.getByLabel('Email address').fill(address)
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.request().isNavigationRequest()),
    form.getByRole('button', { name: 'Sign up' }).click(),
  ])
  expect(response.status()).toBe(200)
  await page.waitForLoadState('load')
  expect(new URL(page.url()).pathname).toBe(`/articles/${article.slug}`)
  await expectVisible(articleSignup(page).getByRole('status').filter({ hasText: SUCCESS }), 'the signup result in the article’s form')
  // Only the form that was used answers.
  expect(await footerSignup(page).getByRole('status').textContent()).toBe('')
  const mail = await confirmationMail(address)
  await confirmAndUnsubscribe(page, address, mail)
  await page.context().close()
})

test('without JavaScript: the footer form lands on /newsletter with its result in the footer', async () => {
  const page = await browser.newPage({ javaScript: false })
  await visit(page, '/')
  const form = footerSignup(page)
  await expectVisible(form, 'the footer newsletter signup')
  const address = uniqueAddress('footer')
  await form.getByLabel('Email address').fill(address)
  await Promise.all([page.waitForURL((url) => url.pathname === '/newsletter'), form.getByRole('button', { name: 'Sign up' }).click()])
  await expectVisible(footerSignup(page).getByRole('status').filter({ hasText: SUCCESS }), 'the signup result in the footer')
  expect(await page.locator('main#content').getByRole('status').textContent()).toBe('')
  await confirmationMail(address)
  await page.context().close()
})

test('with JavaScript: the footer form answers in place', async () => {
  const page = await browser.newPage()
  await visit(page, `/articles/${seed.articles[2]!.slug}`)
  const form = footerSignup(page)
  await showAndWait(form)
  const address = uniqueAddress('footer-js')
  await form.getByLabel('Email address').fill(address)
  await form.getByRole('button', { name: 'Sign up' }).click()
  await form.getByRole('status').filter({ hasText: SUCCESS }).waitFor()
  expect(await articleSignup(page).getByRole('status').textContent()).toBe('')
  await confirmationMail(address)
  await page.context().close()
})

describe.each([true, false])('an invalid address (JavaScript %s)', (javaScript) => {
  test('shows an error tied to the field with aria-describedby, sends nothing', async () => {
    const page = await browser.newPage({ javaScript })
    await visit(page, `/articles/${seed.articles[0]!.slug}`)
    const form = articleSignup(page)
    if (javaScript) await showAndWait(form)
    const input = form.getByLabel('Email address')
    await input.fill('not-an-address')
    await form.getByRole('button', { name: 'Sign up' }).click()
    const status = articleSignup(page).getByRole('status')
    await status.filter({ hasText: /email address/i }).waitFor()
    const field = articleSignup(page).getByLabel('Email address')
    expect(await field.getAttribute('aria-invalid')).toBe('true')
    const describedBy = (await field.getAttribute('aria-describedby'))?.split(/\s+/) ?? []
    const statusId = await status.getAttribute('id')
    expect(statusId).toBeTruthy()
    expect(describedBy).toContain(statusId)
    expect(await status.textContent()).toBe('Enter an email address like name@example.com.')
    // What the reader typed stays in the field.
    expect(await field.inputValue()).toBe('not-an-address')
    expect(mailsTo('not-an-address')).toBe(0)
    await page.context().close()
  })
})
