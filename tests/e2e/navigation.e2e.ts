/**
 * A reader gets around by clicking links: home → article → author → (one of their articles) → topic → the
 * banner's Search link → search form → result. Each step checks the page that arrives against the seed.
 */
import type { Page } from 'playwright-core'
import { launchBrowser, VIEWPORTS, type E2EBrowser, type ViewportName } from './browser'
import { expectVisible, linkPaths, visit } from './page-helpers'
import { loadSeed, searchTermFor, type SeedArticle } from './seed'

const seed = loadSeed()
const articleBySlug = new Map(seed.articles.map((a) => [a.slug, a]))
const authorBySlug = new Map(seed.authors.map((a) => [a.slug, a]))
const topicBySlug = new Map(seed.topics.map((t) => [t.slug, t]))

let browser: E2EBrowser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Clicks the first link under main#content to `path` and waits for that page's h1. */
async function clickThrough(page: Page, path: string, h1: string): Promise<void> {
  const link = page.locator(`main#content a[href="${path}"]`).first()
  await expectVisible(link, `a link to ${path}`)
  await link.click()
  await page.waitForURL((url) => url.pathname === path)
  await expectVisible(page.getByRole('heading', { level: 1, name: h1, exact: true }), `h1 "${h1}" after clicking to ${path}`)
}

/** Slugs of the links under main#content that lead to `/<kind>/<slug>`. */
async function linkedSlugs(page: Page, kind: 'articles' | 'authors' | 'topics'): Promise<string[]> {
  const pattern = new RegExp(`^/${kind}/([^/?#]+)$`)
  return (await linkPaths(page.locator('main#content')))
    .map((p) => pattern.exec(p)?.[1])
    .filter((s): s is string => s !== undefined)
}

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('%s', (viewport) => {
  test('home → article → author → article → topic → search → result, by clicking links', async () => {
    const page = await browser.newPage({ viewport })
    expect((await visit(page, '/')).status()).toBe(200)

    const homeArticles = (await linkedSlugs(page, 'articles')).filter((s) => articleBySlug.has(s))
    expect(homeArticles.length).toBeGreaterThanOrEqual(1)
    const first: SeedArticle = articleBySlug.get(homeArticles[0]!)!
    await clickThrough(page, `/articles/${first.slug}`, first.title)

    const author = first.authors[0]!
    expect(authorBySlug.has(author.slug)).toBe(true)
    await clickThrough(page, `/authors/${author.slug}`, author.name)

    // The author page lists their articles; follow one of them.
    const byAuthor = (await linkedSlugs(page, 'articles')).filter((s) =>
      articleBySlug.get(s)?.authors.some((a) => a.slug === author.slug),
    )
    expect(byAuthor.length).toBeGreaterThanOrEqual(1)
    const next = articleBySlug.get(byAuthor.find((s) => s !== first.slug) ?? byAuthor[0]!)!
    await clickThrough(page, `/articles/${next.slug}`, next.title)

    const topicSlug = (await linkedSlugs(page, 'topics')).find((s) => next.topics.some((t) => t.slug === s))
    expect(topicSlug).toBeDefined()
    const topic = topicBySlug.get(topicSlug!)!
    await clickThrough(page, `/topics/${topic.slug}`, topic.title)
    // The topic page lists articles of that topic.
    const inTopic = (await linkedSlugs(page, 'articles')).filter((s) =>
      articleBySlug.get(s)?.topics.some((t) => t.slug === topic.slug),
    )
    expect(inTopic.length).toBeGreaterThanOrEqual(1)

    const searchLink = page.getByRole('banner').getByRole('link', { name: 'Search', exact: true })
    await expectVisible(searchLink, 'the "Search" link in the banner')
    await searchLink.click()
    await page.waitForURL((url) => url.pathname === '/search')

    const term = searchTermFor(first, seed.articles)
    const searchbox = page.getByRole('main').getByRole('searchbox')
    await expectVisible(searchbox, 'a searchbox')
    await searchbox.fill(term)
    await searchbox.press('Enter')
    await page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('q') === term)
    await clickThrough(page, `/articles/${first.slug}`, first.title)
  })
})
