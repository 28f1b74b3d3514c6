/**
 * The harness itself: the production server and the seeded lake answer, and the browser contexts have the
 * viewport and JavaScript setting they claim. If these fail, the other browser tests mean nothing.
 */
import { launchBrowser, VIEWPORTS, type E2EBrowser, type ViewportName } from './browser'
import { expectVisible, visit } from './page-helpers'
import { loadSeed } from './seed'

let browser: E2EBrowser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

test('the lake serves exactly the seed’s published articles', async () => {
  const lakeUrl = process.env.LAKE_URL
  expect(lakeUrl).toBeDefined()
  const query = encodeURIComponent('count(*[_type == "article"])')
  const res = await fetch(`${lakeUrl}/v2025-02-19/data/query/production?query=${query}&perspective=published`)
  expect(res.status).toBe(200)
  const body = (await res.json()) as { result: number }
  expect(body.result).toBe(loadSeed().articles.length)
})

test('the site is the production build', async () => {
  const res = await fetch(`${process.env.BASE_URL}/`)
  expect(res.status).toBe(200)
  // `next dev` injects its HMR client; a production page has none.
  expect(await res.text()).not.toContain('webpack-hmr')
})

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('%s context', (viewport) => {
  test.each([true, false])('with JavaScript %p renders the home page at its width', async (javaScript) => {
    const page = await browser.newPage({ viewport, javaScript })
    expect((await visit(page, '/')).status()).toBe(200)
    await expectVisible(page.locator('main#content').getByRole('heading', { level: 1 }), 'the home page h1')
    expect(await page.evaluate(() => window.innerWidth)).toBe(VIEWPORTS[viewport].width)
    await page.setContent('<p id="p">x</p><script>document.getElementById("p").dataset.ran = "yes"</script>')
    expect(await page.locator('#p').getAttribute('data-ran')).toBe(javaScript ? 'yes' : null)
  })
})
