/** Small page-level helpers shared by the browser tests. */
import type { Locator, Page, Response } from 'playwright-core'
import { normaliseText } from './seed'

/** Navigates and returns the response, failing clearly when there is none. */
export async function visit(page: Page, path: string): Promise<Response> {
  const response = await page.goto(path, { waitUntil: 'load' })
  if (!response) throw new Error(`no response for ${path}`)
  return response
}

/** Waits until the locator is visible; the error names what was expected and where. */
export async function expectVisible(locator: Locator, what: string): Promise<void> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout: 10_000 })
  } catch {
    throw new Error(`expected ${what} to be visible on ${locator.page().url()}`)
  }
}

/** The whitespace-normalised text of `main#content`. */
export async function mainText(page: Page): Promise<string> {
  const text = await page.locator('main#content').textContent()
  return normaliseText(text ?? '')
}

/** The `href` attributes (as site-relative paths) of every link under the locator. */
export async function linkPaths(scope: Locator): Promise<string[]> {
  const hrefs = await scope.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))
  return hrefs.map((href) => {
    const url = new URL(href)
    return `${url.pathname}${url.search}`
  })
}

/** The section a heading introduces: its nearest ancestor that holds a link. */
export function sectionOf(heading: Locator): Locator {
  return heading.locator('xpath=ancestor::*[.//a[@href]][1]')
}

/** Is `locator` the element that has keyboard focus? */
export async function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement)
}
