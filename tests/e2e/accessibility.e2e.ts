/**
 * Page structure and accessibility on every reader page type, at phone and desktop widths:
 * landmarks, the skip link, and axe-core (WCAG 2.0/2.1 A and AA) with no violations.
 */
import { AxeBuilder } from '@axe-core/playwright'
import type { Page, Response } from 'playwright-core'
import { launchBrowser, VIEWPORTS, type E2EBrowser, type ViewportName } from './browser'
import { expectVisible, hasFocus, visit } from './page-helpers'
import { loadSeed, readerPages } from './seed'

const seed = loadSeed()
const pages = readerPages(seed)
const viewports = Object.keys(VIEWPORTS) as ViewportName[]
type AxeViolation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number]

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

let browser: E2EBrowser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

function describeViolations(violations: AxeViolation[]): string[] {
  return violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
}

describe.each(viewports)('%s', (viewport) => {
  describe.each(pages.map((p) => [p.name, p] as const))('%s page', (_name, readerPage) => {
    // One visit per page and width; both tests look at it.
    let page: Page
    let response: Response
    beforeAll(async () => {
      page = await browser.newPage({ viewport })
      response = await visit(page, readerPage.path)
    })

    test(`${readerPage.path} answers ${readerPage.status} with banner, navigation, main#content and contentinfo`, async () => {
      expect(response.status()).toBe(readerPage.status)
      expect(await page.getByRole('banner').count()).toBe(1)
      expect(await page.getByRole('navigation').count()).toBeGreaterThanOrEqual(1)
      expect(await page.getByRole('main').count()).toBe(1)
      expect(await page.locator('main#content').count()).toBe(1)
      expect(await page.getByRole('contentinfo').count()).toBe(1)
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1)
      expect(await page.title()).not.toBe('')
    })

    test(`${readerPage.path} has no axe-core WCAG 2.1 AA violations`, async () => {
      // Analyse the settled page, not a moment in hydration (no-javascript.e2e.ts checks the server HTML).
      await page.waitForLoadState('networkidle')
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
      expect(describeViolations(results.violations)).toEqual([])
      // axe ran real checks on this page (guards against analysing an empty document).
      expect(results.passes.length).toBeGreaterThan(5)
    })
  })
})

describe.each(pages.filter((p) => ['home', 'article'].includes(p.name)).map((p) => [p.path] as const))(
  'skip link on %s',
  (path) => {
    test.each(viewports)('is the first focusable element and Enter moves focus to main#content (%s)', async (viewport) => {
      const page = await browser.newPage({ viewport })
      await visit(page, path)
      const skip = page.getByRole('link', { name: 'Skip to content' })
      await page.keyboard.press('Tab')
      expect(await hasFocus(skip)).toBe(true)
      await expectVisible(skip, 'the focused skip link')
      await page.keyboard.press('Enter')
      await page.waitForFunction(() => document.activeElement?.id === 'content')
      expect(await hasFocus(page.locator('main#content'))).toBe(true)
    })
  },
)
