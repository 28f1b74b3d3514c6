/**
 * Consent in the browser, on the production build: nothing non-essential before a choice, each choice does
 * exactly what it says (analytics script and cookie, embeds), per-embed loads, withdrawal from the footer,
 * a policy version bump asks again, the no-JS forms, axe on the banner, the record endpoint and GPC.
 * Every test uses a fresh browser context. The policy bump is undone (and the cache refreshed) before the file ends.
 */
import path from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { AxeBuilder } from '@axe-core/playwright'
import { createClient } from '@sanity/client'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import Database from 'better-sqlite3'
import type { BrowserContext, Page, Request } from 'playwright-core'
import { baseUrl, launchBrowser, type E2EBrowser } from './browser'
import { expectVisible, visit } from './page-helpers'

const EMBEDS_ARTICLE = '/articles/style-guide-every-block'
const EMBED_SERVICES = ['youtube', 'vimeo', 'x', 'bluesky', 'mastodon']
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
/** Hosts of the seed's embed services (and their CDNs): none may be contacted before consent. */
const EMBED_HOST = /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be|ytimg\.com|vimeo\.com|vimeocdn\.com|twitter\.com|twimg\.com|x\.com|bsky\.app|mastodon\.social)$/

let browser: E2EBrowser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

type Recorded = { requests: string[] }

/**
 * A fresh context that records every request. Third-party hosts are answered locally with an empty page (the
 * machine has no network): what matters is whether the browser asked at all.
 */
async function freshContext(options: { javaScript?: boolean; gpc?: boolean } = {}): Promise<{ context: BrowserContext; page: Page; recorded: Recorded }> {
  const context = await browser.newContext({ javaScript: options.javaScript ?? true })
  if (options.gpc) {
    await context.setExtraHTTPHeaders({ 'Sec-GPC': '1' })
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }))
  }
  const recorded: Recorded = { requests: [] }
  context.on('request', (request: Request) => recorded.requests.push(request.url()))
  const site = new URL(baseUrl())
  await context.route(
    (url) => url.hostname !== site.hostname && url.hostname !== '127.0.0.1' && url.hostname !== 'localhost',
    (route) => route.fulfill({ status: 200, contentType: route.request().resourceType() === 'script' ? 'text/javascript' : 'text/html', body: '' }),
  )
  const page = await context.newPage()
  return { context, page, recorded }
}

function nonEssential(requests: readonly string[]): string[] {
  return requests.filter((raw) => {
    const url = new URL(raw)
    return url.pathname === '/analytics/meridian.js' || url.pathname === '/api/analytics' || EMBED_HOST.test(url.hostname)
  })
}

const banner = (page: Page) => page.locator('section[data-consent-banner]')
const bannerButton = (page: Page, name: string) => banner(page).getByRole('button', { name, exact: true })

/** Waits until the consent island has hydrated (the manage button then carries aria-expanded). */
async function hydrated(page: Page): Promise<void> {
  await page.locator('section[data-consent-banner] button[aria-expanded]').waitFor({ state: 'attached' })
}

async function openWithBanner(page: Page, path = EMBEDS_ARTICLE): Promise<void> {
  await visit(page, path)
  await hydrated(page)
  await expectVisible(banner(page), 'the consent banner')
}

type ConsentCookieValue = { consentId: string; policyVersion: number; categories: string[]; services: string[] }

async function consentCookie(context: BrowserContext): Promise<ConsentCookieValue | null> {
  const cookie = (await context.cookies()).find((c) => c.name === 'mr_consent')
  if (!cookie) return null
  const parts = decodeURIComponent(cookie.value).split('.')
  return {
    consentId: parts[1]!,
    policyVersion: Number(parts[2]),
    categories: parts[5] ? parts[5].split('_') : [],
    services: parts[6] ? parts[6].split('_') : [],
  }
}

async function cookieNames(context: BrowserContext): Promise<string[]> {
  return (await context.cookies()).map((c) => c.name).sort()
}

const analyticsScripts = (page: Page) => page.locator('script[src="/analytics/meridian.js"]')
const embedState = (page: Page, service: string) =>
  page.locator(`main#content figure[data-embed-service="${service}"]`).first().getAttribute('data-consent-embed')

async function embedStates(page: Page): Promise<Record<string, string | null>> {
  const states: Record<string, string | null> = {}
  for (const service of EMBED_SERVICES) states[service] = await embedState(page, service)
  return states
}

const allEmbeds = (state: string) => Object.fromEntries(EMBED_SERVICES.map((s) => [s, state]))

async function waitForCookie(context: BrowserContext, name: string, present: boolean): Promise<void> {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    if ((await cookieNames(context)).includes(name) === present) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`cookie ${name} was ${present ? 'never set' : 'never deleted'}`)
}

/** Polls until `read()` equals `expected` (deep), failing with the last value seen. */
async function until<T>(read: () => T | Promise<T>, expected: T, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let last: T = await read()
  while (!isDeepStrictEqual(last, expected) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100))
    last = await read()
  }
  expect(last).toEqual(expected)
}

// ---- the app database (SQLite under the server's DATA_DIR, set by run.ts) -------------------------------------

type RecordRow = { consent_id: string; action: string; source: string; accepted_categories: string; allowed_services: string; policy_version: number }

function consentRecords(consentId: string): RecordRow[] {
  const dataDir = process.env.DATA_DIR
  if (!dataDir) throw new Error('DATA_DIR is not set: run the browser tests with `npm run test:e2e`')
  const db = new Database(path.join(dataDir, 'app.sqlite'), { readonly: true, fileMustExist: true })
  try {
    return db
      .prepare('SELECT consent_id, action, source, accepted_categories, allowed_services, policy_version FROM consent_record WHERE consent_id = ? ORDER BY recorded_at, id')
      .all(consentId) as RecordRow[]
  } finally {
    db.close()
  }
}

function countAllRecords(): number {
  const db = new Database(path.join(process.env.DATA_DIR!, 'app.sqlite'), { readonly: true, fileMustExist: true })
  try {
    return (db.prepare('SELECT count(*) AS n FROM consent_record').get() as { n: number }).n
  } finally {
    db.close()
  }
}

async function waitForRecords(consentId: string, count: number): Promise<RecordRow[]> {
  const deadline = Date.now() + 10_000
  let rows: RecordRow[] = []
  while (Date.now() < deadline) {
    rows = consentRecords(consentId)
    if (rows.length >= count) break
    await new Promise((r) => setTimeout(r, 100))
  }
  // A moment more, so a duplicate record would show up too.
  await new Promise((r) => setTimeout(r, 300))
  return consentRecords(consentId)
}

// ---- the lake and the page cache -----------------------------------------------------------------------------

function lakeClient() {
  const lakeUrl = process.env.LAKE_URL
  if (!lakeUrl) throw new Error('LAKE_URL is not set: run the browser tests with `npm run test:e2e`')
  return createClient({ projectId: 'local', dataset: 'production', apiHost: lakeUrl, useProjectHostname: false, apiVersion: '2025-02-19', useCdn: false })
}

/** Tells the site that consentSettings changed, as the lake's or Sanity's webhook would (signed). */
async function revalidateConsentSettings(): Promise<void> {
  const secret = process.env.SANITY_REVALIDATE_SECRET
  if (!secret) throw new Error('SANITY_REVALIDATE_SECRET is not set: run the browser tests with `npm run test:e2e`')
  const body = JSON.stringify({ _id: 'consentSettings', _type: 'consentSettings' })
  const response = await fetch(`${baseUrl()}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), secret) },
    body,
  })
  expect(response.status).toBe(200)
  expect((await response.json()).revalidated).toContain('consentSettings')
}

// ---- tests -------------------------------------------------------------------------------------------------------

test('a first visit sets no cookie and contacts no analytics or embed host; embeds are placeholders', async () => {
  const { context, page, recorded } = await freshContext()
  await openWithBanner(page)
  await page.waitForLoadState('networkidle')
  expect(await cookieNames(context)).toEqual([])
  expect(nonEssential(recorded.requests)).toEqual([])
  expect(await analyticsScripts(page).count()).toBe(0)
  expect(await page.locator('main#content iframe').count()).toBe(0)
  expect(await embedStates(page)).toEqual(allEmbeds('blocked'))
  await expectVisible(bannerButton(page, 'Reject all'), '"Reject all" on the first layer')
  await expectVisible(bannerButton(page, 'Accept all'), '"Accept all" on the first layer')
  await context.close()
})

test('"Reject all" stores only the consent cookie and loads nothing optional, also after a reload', async () => {
  const { context, page, recorded } = await freshContext()
  await openWithBanner(page)
  await bannerButton(page, 'Reject all').click()
  await banner(page).waitFor({ state: 'hidden' })
  expect(await cookieNames(context)).toEqual(['mr_consent'])
  expect((await consentCookie(context))?.categories).toEqual(['necessary'])
  await visit(page, EMBEDS_ARTICLE)
  await hydrated(page)
  await page.waitForLoadState('networkidle')
  expect(await banner(page).isVisible()).toBe(false)
  expect(await cookieNames(context)).toEqual(['mr_consent'])
  expect(await analyticsScripts(page).count()).toBe(0)
  expect(await embedStates(page)).toEqual(allEmbeds('blocked'))
  expect(nonEssential(recorded.requests)).toEqual([])
  await context.close()
})

test('"Accept all" loads the analytics script (its cookie, its beacon) and every embed', async () => {
  const { context, page, recorded } = await freshContext()
  await openWithBanner(page)
  await bannerButton(page, 'Accept all').click()
  await banner(page).waitFor({ state: 'hidden' })
  await analyticsScripts(page).waitFor({ state: 'attached' })
  await waitForCookie(context, 'mr_analytics_id', true)
  expect((await consentCookie(context))?.categories).toEqual(['necessary', 'analytics', 'embeds'])
  await until(() => embedStates(page), allEmbeds('loaded'))
  await until(() => recorded.requests.some((u) => new URL(u).pathname === '/api/analytics'), true)
  await until(() => recorded.requests.some((u) => new URL(u).hostname === 'www.youtube-nocookie.com'), true)
  await context.close()
})

test('a custom choice (Manage choices → analytics only) loads analytics and keeps embeds as placeholders', async () => {
  const { context, page, recorded } = await freshContext()
  await openWithBanner(page)
  await bannerButton(page, 'Manage choices').click()
  const analytics = banner(page).getByRole('checkbox', { name: 'Allow analytics' })
  await expectVisible(analytics, 'the analytics checkbox in the manage layer')
  // Nothing optional is pre-ticked.
  expect(await analytics.isChecked()).toBe(false)
  expect(await banner(page).getByRole('checkbox', { name: 'Allow embedded media' }).isChecked()).toBe(false)
  await analytics.check()
  await bannerButton(page, 'Save choices').click()
  await banner(page).waitFor({ state: 'hidden' })
  await analyticsScripts(page).waitFor({ state: 'attached' })
  await waitForCookie(context, 'mr_analytics_id', true)
  expect(await consentCookie(context)).toMatchObject({ categories: ['necessary', 'analytics'], services: [] })
  // The analytics beacon keeps the network from ever looking idle: wait for it, then give embeds a moment.
  await until(() => recorded.requests.some((u) => new URL(u).pathname === '/api/analytics'), true)
  await page.waitForTimeout(1000)
  expect(await embedStates(page)).toEqual(allEmbeds('blocked'))
  expect(recorded.requests.filter((u) => EMBED_HOST.test(new URL(u).hostname))).toEqual([])
  await context.close()
})

test('"Load once" loads one embed for this page view; "Always allow YouTube" keeps YouTube only', async () => {
  const { context, page, recorded } = await freshContext()
  await openWithBanner(page)
  await bannerButton(page, 'Reject all').click()
  await banner(page).waitFor({ state: 'hidden' })

  const youtube = page.locator('main#content figure[data-embed-service="youtube"]').first()
  await youtube.getByRole('button', { name: /^Load once/ }).click()
  await until(() => embedState(page, 'youtube'), 'loaded')
  await expectVisible(youtube.locator('iframe[src^="https://www.youtube-nocookie.com/embed/"]'), 'the YouTube player')
  expect(await embedStates(page)).toEqual({ ...allEmbeds('blocked'), youtube: 'loaded' })
  expect((await consentCookie(context))?.services).toEqual([])

  // Once means once: the next page view asks again.
  await visit(page, EMBEDS_ARTICLE)
  await hydrated(page)
  expect(await embedStates(page)).toEqual(allEmbeds('blocked'))

  await page.locator('main#content figure[data-embed-service="youtube"]').first().getByRole('button', { name: 'Always allow YouTube' }).click()
  await until(() => embedState(page, 'youtube'), 'loaded')
  expect(await consentCookie(context)).toMatchObject({ categories: ['necessary'], services: ['youtube'] })
  await visit(page, EMBEDS_ARTICLE)
  await hydrated(page)
  await until(() => embedState(page, 'youtube'), 'loaded')
  expect(await embedStates(page)).toEqual({ ...allEmbeds('blocked'), youtube: 'loaded' })
  expect(await analyticsScripts(page).count()).toBe(0)
  expect(recorded.requests.filter((u) => /vimeo|twitter|twimg|bsky|mastodon/.test(new URL(u).hostname))).toEqual([])
  await context.close()
})

test('withdrawal from the footer "Privacy settings" link deletes the analytics cookie, removes the script and unloads embeds', async () => {
  const { context, page } = await freshContext()
  await openWithBanner(page)
  await bannerButton(page, 'Accept all').click()
  await waitForCookie(context, 'mr_analytics_id', true)
  await until(() => embedStates(page), allEmbeds('loaded'))

  await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy settings' }).click()
  await expectVisible(banner(page), 'the reopened consent choices')
  // Reopened with the current choice ticked.
  expect(await banner(page).getByRole('checkbox', { name: 'Allow analytics' }).isChecked()).toBe(true)
  expect(new URL(page.url()).pathname).toBe(EMBEDS_ARTICLE)
  await bannerButton(page, 'Reject all').click()
  await banner(page).waitFor({ state: 'hidden' })

  await waitForCookie(context, 'mr_analytics_id', false)
  expect(await cookieNames(context)).toEqual(['mr_consent'])
  expect(await analyticsScripts(page).count()).toBe(0)
  await until(() => embedStates(page), allEmbeds('blocked'))
  expect(await page.locator('main#content iframe').count()).toBe(0)
  const records = await waitForRecords((await consentCookie(context))!.consentId, 2)
  expect(records.map((r) => r.action)).toEqual(['accept_all', 'withdraw'])
  expect(records.map((r) => r.source)).toEqual(['banner', 'settings'])
  await context.close()
})

test('the record endpoint stores one record per choice', async () => {
  const { context, page } = await freshContext()
  await openWithBanner(page, '/')
  await bannerButton(page, 'Manage choices').click()
  await banner(page).getByRole('checkbox', { name: 'Allow analytics' }).check()
  await bannerButton(page, 'Save choices').click()
  const consentId = (await consentCookie(context))!.consentId
  const records = await waitForRecords(consentId, 1)
  expect(records).toHaveLength(1)
  expect(records[0]).toMatchObject({ action: 'custom', source: 'banner', policy_version: 1 })
  expect(JSON.parse(records[0]!.accepted_categories)).toEqual(['necessary', 'analytics'])
  await context.close()
})

describe('the record endpoint refuses malformed payloads and records nothing', () => {
  const valid = { policyVersion: 1, action: 'custom', categories: ['analytics'], services: [], source: 'banner' }
  const cases: [string, () => RequestInit][] = [
    ['a body that is not JSON', () => ({ body: '{"policyVersion": 1,', headers: { 'content-type': 'application/json' } })],
    ['the wrong content type', () => ({ body: JSON.stringify(valid), headers: { 'content-type': 'text/plain' } })],
    ['an unknown category', () => ({ body: JSON.stringify({ ...valid, categories: ['marketing'] }), headers: { 'content-type': 'application/json' } })],
    ['an unknown service', () => ({ body: JSON.stringify({ ...valid, services: ['tiktok'] }), headers: { 'content-type': 'application/json' } })],
    ['an unknown category in the no-JS form', () => ({ body: 'action=custom&policyVersion=1&categories=profiling', headers: { 'content-type': 'application/x-www-form-urlencoded' } })],
    ['an unknown action', () => ({ body: JSON.stringify({ ...valid, action: 'accept_some' }), headers: { 'content-type': 'application/json' } })],
  ]
  test.each(cases)('%s → 4xx', async (_name, init) => {
    const before = countAllRecords()
    const response = await fetch(`${baseUrl()}/api/consent`, { method: 'POST', redirect: 'manual', ...init() })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(countAllRecords()).toBe(before)
  })
})

describe('without JavaScript', () => {
  test('"Accept all" in the banner submits as a form: 303 back to the page, consent cookie set', async () => {
    const { context, page, recorded } = await freshContext({ javaScript: false })
    await visit(page, EMBEDS_ARTICLE)
    await expectVisible(banner(page), 'the server-rendered consent banner')
    expect(await cookieNames(context)).toEqual([])
    const [response] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/api/consent'),
      bannerButton(page, 'Accept all').click(),
    ])
    expect(response.status()).toBe(303)
    await page.waitForURL((url) => url.pathname === EMBEDS_ARTICLE)
    expect(await consentCookie(context)).toMatchObject({ categories: ['necessary', 'analytics', 'embeds'], services: [] })
    expect(await cookieNames(context)).toEqual(['mr_consent'])
    expect(consentRecords((await consentCookie(context))!.consentId).map((r) => [r.action, r.source])).toEqual([['accept_all', 'no-js']])
    // No script runs, so nothing optional loads either.
    expect(nonEssential(recorded.requests)).toEqual([])
    await context.close()
  })

  test('"Reject all" in the banner submits as a form and stores the refusal', async () => {
    const { context, page } = await freshContext({ javaScript: false })
    await visit(page, '/')
    await Promise.all([page.waitForURL((url) => url.pathname === '/'), bannerButton(page, 'Reject all').click()])
    expect(await consentCookie(context)).toMatchObject({ categories: ['necessary'], services: [] })
  })

  test('/privacy-settings saves a per-category choice and the footer link leads there', async () => {
    const { context, page } = await freshContext({ javaScript: false })
    await visit(page, '/')
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/privacy-settings'),
      page.getByRole('contentinfo').getByRole('link', { name: 'Privacy settings' }).click(),
    ])
    const main = page.locator('main#content')
    await expectVisible(main.getByRole('heading', { level: 1, name: 'Privacy settings' }), 'the privacy settings heading')
    await main.getByRole('checkbox', { name: 'Allow analytics' }).check()
    expect(await main.getByRole('checkbox', { name: 'Allow embedded media' }).isChecked()).toBe(false)
    const [response] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/api/consent'),
      main.getByRole('button', { name: 'Save choices' }).click(),
    ])
    expect(response.status()).toBe(303)
    expect(await consentCookie(context)).toMatchObject({ categories: ['necessary', 'analytics'], services: [] })
    // The page shows the saved choice when visited again.
    await visit(page, '/privacy-settings')
    expect(await main.getByRole('checkbox', { name: 'Allow analytics' }).isChecked()).toBe(true)
    expect(await main.locator('[data-consent-status]').textContent()).toMatch(/Your current choice was saved on/)
    await context.close()
  })
})

describe('axe (WCAG 2.0/2.1 A and AA)', () => {
  const violations = async (page: Page) =>
    (await new AxeBuilder({ page }).include('section[data-consent-banner]').withTags(WCAG_TAGS).analyze()).violations.map(
      (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    )

  test('the banner has no violations', async () => {
    const { context, page } = await freshContext()
    await openWithBanner(page, '/')
    expect(await violations(page)).toEqual([])
    await context.close()
  })

  test('the open manage layer has no violations', async () => {
    const { context, page } = await freshContext()
    await openWithBanner(page, '/')
    await bannerButton(page, 'Manage choices').click()
    await expectVisible(banner(page).getByRole('checkbox', { name: 'Allow analytics' }), 'the manage layer')
    expect(await violations(page)).toEqual([])
    await context.close()
  })
})

describe('Global Privacy Control', () => {
  // Rule (lib/consent/choices.ts): GPC refuses "marketing" categories only (ad signals or a marketing key). The seed's
  // analytics (analytics_storage) and embeds are not marketing, so GPC leaves the choice to the reader.
  test('with Sec-GPC: 1 and navigator.globalPrivacyControl the seed still asks, and the reader may accept', async () => {
    const { context, page, recorded } = await freshContext({ gpc: true })
    await openWithBanner(page)
    expect(await page.evaluate(() => (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl)).toBe(true)
    expect(await cookieNames(context)).toEqual([])
    expect(nonEssential(recorded.requests)).toEqual([])
    await bannerButton(page, 'Accept all').click()
    await waitForCookie(context, 'mr_analytics_id', true)
    expect((await consentCookie(context))?.categories).toEqual(['necessary', 'analytics', 'embeds'])
    const gpcRequests = await fetch(`${baseUrl()}/privacy-settings`, { headers: { 'sec-gpc': '1' } })
    expect(await gpcRequests.text()).not.toContain('Global Privacy Control signal')
    await context.close()
  })
})

describe('a policy version change', () => {
  const client = lakeClient()
  let original: { policyVersion: number; changeSummary: string } | null = null
  const summary = `E2E change ${Date.now()}: a new analytics retention period.`

  afterAll(async () => {
    if (!original) return
    await client.patch('consentSettings').set(original).commit()
    await revalidateConsentSettings()
    // Leave the site as other test files expect it: the seed's version is served again.
    const deadline = Date.now() + 20_000
    while (Date.now() < deadline) {
      // React separates adjacent text nodes with comments.
      const html = (await (await fetch(`${baseUrl()}/privacy-settings`)).text()).replaceAll('<!-- -->', '')
      if (html.includes(`Policy version ${original.policyVersion} of`)) return
      await new Promise((r) => setTimeout(r, 250))
    }
    throw new Error('the site did not return to the original consent policy version')
  })

  test('brings the banner back with the change summary for a reader who chose under the old version', async () => {
    const { context, page } = await freshContext()
    await openWithBanner(page)
    await bannerButton(page, 'Accept all').click()
    await banner(page).waitFor({ state: 'hidden' })
    await waitForCookie(context, 'mr_analytics_id', true)

    const current = await client.getDocument<{ policyVersion: number; changeSummary: string }>('consentSettings')
    if (!current) throw new Error('the lake has no consentSettings document')
    original = { policyVersion: current.policyVersion, changeSummary: current.changeSummary }
    await client.patch('consentSettings').set({ policyVersion: current.policyVersion + 1, changeSummary: summary }).commit()
    await revalidateConsentSettings()

    const changes = banner(page).locator('[data-consent-changes]')
    const deadline = Date.now() + 20_000
    for (;;) {
      await visit(page, EMBEDS_ARTICLE)
      await hydrated(page)
      if (await banner(page).isVisible()) break
      if (Date.now() > deadline) throw new Error('the banner did not come back after the policy version changed')
      await new Promise((r) => setTimeout(r, 500))
    }
    await expectVisible(changes, 'the change summary in the banner')
    expect(await changes.textContent()).toContain(summary)
    expect(await page.locator('html').getAttribute('data-consent-reason')).toBe('policy-changed')
    // Until the reader chooses again, the old choice no longer counts: analytics and embeds stop.
    expect(await analyticsScripts(page).count()).toBe(0)
    expect(await embedStates(page)).toEqual(allEmbeds('blocked'))
    await bannerButton(page, 'Reject all').click()
    await banner(page).waitFor({ state: 'hidden' })
    expect((await consentCookie(context))?.policyVersion).toBe(current.policyVersion + 1)
    await context.close()
  })
})
