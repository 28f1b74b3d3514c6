/**
 * With JavaScript disabled the site still works: every page type is server-rendered inside the root layout
 * (404s included), articles read completely and the search form submits as a plain GET form.
 */
import type { Page } from 'playwright-core'
import { launchBrowser, type E2EBrowser } from './browser'
import { expectVisible, linkPaths, mainText, visit } from './page-helpers'
import { loadSeed, readerPages, searchTermFor } from './seed'

const seed = loadSeed()

let browser: E2EBrowser
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: 'phone', javaScript: false })
})
afterAll(async () => {
  await browser?.close()
})

const notFoundPaths = [
  ...seed.draftOnly.map((d) => ({ name: `draft-only article`, path: `/articles/${d.slug}`, status: 404 })),
  { name: 'unknown top-level page', path: '/no-such-page-e2e', status: 404 },
]

describe.each([...readerPages(seed), ...notFoundPaths].map((p) => [p.path, p] as const))('%s without JavaScript', (path, readerPage) => {
  test(`answers ${readerPage.status} with the page server-rendered: html[lang], landmarks, an h1 in main#content`, async () => {
    const response = await visit(page, path)
    expect(response.status()).toBe(readerPage.status)
    // No lang means the root layout never ran (Next's bare error document).
    expect((await page.locator('html').getAttribute('lang')) ?? '<html> without lang').toMatch(/^[a-z]{2}/)
    expect(await page.getByRole('banner').count()).toBe(1)
    expect(await page.getByRole('contentinfo').count()).toBe(1)
    await expectVisible(page.locator('main#content').getByRole('heading', { level: 1 }), 'the page heading in main#content')
  })
})

describe.each(seed.articles.map((a) => [a.slug, a] as const))('/articles/%s without JavaScript', (slug, article) => {
  test('reads completely: title, standfirst and every body paragraph', async () => {
    const response = await visit(page, `/articles/${slug}`)
    expect(response.status()).toBe(200)
    await expectVisible(
      page.locator('main#content').getByRole('heading', { level: 1, name: article.title, exact: true }),
      `h1 "${article.title}"`,
    )
    const text = await mainText(page)
    expect(text).toContain(article.standfirst)
    expect(article.paragraphs.length).toBeGreaterThan(0)
    expect(article.paragraphs.filter((p) => !text.includes(p))).toEqual([])
  })
})

// Each search here uses a lower-cased term that no other test searches for, so the server answers it for the
// first time (a cached answer could hide a page that streams slow results in only for JavaScript).
test('search works as a plain GET form', async () => {
  const target = seed.articles[2]!
  const term = searchTermFor(target, seed.articles).toLowerCase()
  await visit(page, '/')
  const searchLink = page.getByRole('banner').getByRole('link', { name: 'Search', exact: true })
  await expectVisible(searchLink, 'the "Search" link in the banner')
  await Promise.all([page.waitForURL((url) => url.pathname === '/search'), searchLink.click()])
  const searchbox = page.getByRole('main').getByRole('searchbox')
  await expectVisible(searchbox, 'the searchbox on /search')
  expect(await searchbox.evaluate((el) => (el as HTMLInputElement).form?.method)).toBe('get')
  await searchbox.fill(term)
  await Promise.all([
    page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('q') === term),
    searchbox.press('Enter'),
  ])
  const results = await linkPaths(page.locator('main#content'))
  expect(results).toContain(`/articles/${target.slug}`)
})

test('a search URL renders its results without JavaScript', async () => {
  const target = seed.articles[3]!
  const term = searchTermFor(target, seed.articles).toLowerCase()
  const response = await visit(page, `/search?q=${encodeURIComponent(term)}`)
  expect(response.status()).toBe(200)
  expect(await linkPaths(page.locator('main#content'))).toContain(`/articles/${target.slug}`)
})
