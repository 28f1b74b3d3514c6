/**
 * Every published seed article renders completely from the production build: title, standfirst, byline
 * (names and bios), body text and related articles. The draft-only article is not published.
 */
import type { Page } from 'playwright-core'
import { launchBrowser, type E2EBrowser } from './browser'
import { expectVisible, linkPaths, mainText, sectionOf, visit } from './page-helpers'
import { loadSeed } from './seed'

const seed = loadSeed()
const publishedSlugs = new Set(seed.articles.map((a) => a.slug))

let browser: E2EBrowser
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: 'desktop' })
})
afterAll(async () => {
  await browser?.close()
})

test('the seed has the articles these tests expect', () => {
  expect(seed.articles.length).toBeGreaterThanOrEqual(24)
  expect(seed.draftOnly.length).toBeGreaterThanOrEqual(1)
})

describe.each(seed.articles.map((a) => [a.slug, a] as const))('/articles/%s', (slug, article) => {
  test('renders title, standfirst, byline, body and related articles', async () => {
    const response = await visit(page, `/articles/${slug}`)
    expect(response.status()).toBe(200)

    const main = page.locator('main#content')
    await expectVisible(main.getByRole('heading', { level: 1, name: article.title, exact: true }), `h1 "${article.title}"`)
    await expectVisible(main.getByText(article.standfirst), 'the standfirst')
    for (const author of article.authors) {
      await expectVisible(main.getByText(author.name), `the author name ${author.name}`)
      await expectVisible(main.getByText(author.bio), `the bio of ${author.name}`)
    }

    const text = await mainText(page)
    expect(article.paragraphs.length).toBeGreaterThan(0)
    const missing = article.paragraphs.filter((p) => !text.includes(p))
    expect(missing).toEqual([])
    await expectVisible(main.getByText(article.paragraphs[0]!.slice(0, 60)), 'the first body paragraph')

    const related = page.getByRole('heading', { name: 'Related articles', exact: true })
    await expectVisible(related, 'the "Related articles" heading')
    const relatedSlugs = (await linkPaths(sectionOf(related)))
      .map((p) => /^\/articles\/([^/?#]+)$/.exec(p)?.[1])
      .filter((s): s is string => s !== undefined)
    const others = relatedSlugs.filter((s) => s !== slug)
    expect(others.length).toBeGreaterThanOrEqual(1)
    // Related links lead to published articles only.
    expect(others.filter((s) => !publishedSlugs.has(s))).toEqual([])
  })
})

describe.each(seed.draftOnly.map((d) => [d.slug, d.title] as const))('draft-only article %s', (slug, title) => {
  test('is a 404, status and page, and does not show its title', async () => {
    const response = await visit(page, `/articles/${slug}`)
    expect(response.status()).toBe(404)
    await expectVisible(page.locator('main#content').getByRole('heading', { level: 1 }), 'the not-found page heading')
    expect(await page.title()).not.toBe('')
    expect(await page.locator('body').textContent()).not.toContain(title)
  })
})

test('an unknown article slug is a 404 page', async () => {
  const response = await visit(page, '/articles/no-such-article-e2e')
  expect(response.status()).toBe(404)
  await expectVisible(page.locator('main#content').getByRole('heading', { level: 1 }), 'the not-found page heading')
})
