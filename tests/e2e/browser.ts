/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser), plus the environment the
 * harness (tests/e2e/run.ts) hands to the test files.
 */
import fs from 'node:fs'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const VIEWPORTS = {
  phone: { width: 375, height: 812 },
  desktop: { width: 1280, height: 900 },
} as const
export type ViewportName = keyof typeof VIEWPORTS

// Without the background-networking flags Chromium keeps dialling Google on this closed network.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** The production server under test, set by tests/e2e/run.ts. */
export function baseUrl(): string {
  const url = process.env.BASE_URL
  if (!url) throw new Error('BASE_URL is not set: run the browser tests with `npm run test:e2e`')
  return url.replace(/\/$/, '')
}

export type E2EBrowser = {
  browser: Browser
  /** A fresh context (own cookies and storage) at a viewport, with or without JavaScript. */
  newContext(options?: { viewport?: ViewportName; javaScript?: boolean }): Promise<BrowserContext>
  /** A page in a fresh context. */
  newPage(options?: { viewport?: ViewportName; javaScript?: boolean }): Promise<Page>
  close(): Promise<void>
}

export async function launchBrowser(): Promise<E2EBrowser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} not found: install Debian's chromium with \`bash .ci/browsers.sh\``)
  }
  // playwright-core gives every launch a fresh, empty user-data-dir of its own and removes it on close.
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS })
  const contexts: BrowserContext[] = []
  const newContext = async ({ viewport = 'desktop', javaScript = true }: { viewport?: ViewportName; javaScript?: boolean } = {}) => {
    const context = await browser.newContext({
      baseURL: baseUrl(),
      viewport: VIEWPORTS[viewport],
      javaScriptEnabled: javaScript,
      locale: 'en-GB',
      reducedMotion: 'reduce',
    })
    context.setDefaultTimeout(15_000)
    context.setDefaultNavigationTimeout(30_000)
    contexts.push(context)
    return context
  }
  return {
    browser,
    newContext,
    async newPage(options) {
      return (await newContext(options)).newPage()
    },
    async close() {
      await Promise.allSettled(contexts.map((c) => c.close()))
      await browser.close()
    },
  }
}
