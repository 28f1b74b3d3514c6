/**
 * Editors: the built Studio on the local lake (served over HTTPS/HTTP2 by the lake, STUDIO_URL), publishing to the
 * production site through the signed revalidation webhook, validation, and draft preview. The harness
 * (tests/e2e/run.ts) starts the lake with its Studio server and webhook; this file leaves the content as it found it.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { baseUrl, launchBrowser, type E2EBrowser } from './browser'
import { articleDocument, lake, mutate, newStudioContext, openInStudio as openDocument, publicPage, query, seedReferences, studioUrl, until } from './studio-helpers'

const RUN = Date.now().toString(36)
const ARTICLE_ID = `e2e-studio-${RUN}`
const ARTICLE_SLUG = `studio-check-${RUN}`
const created = new Set<string>([ARTICLE_ID])

let e2e: E2EBrowser
let studio: BrowserContext

function openInStudio(id: string): Promise<Page> {
  return openDocument(studio, `articles;${id}`, 'Headline')
}

beforeAll(async () => {
  await mutate([{ create: articleDocument(ARTICLE_ID, ARTICLE_SLUG, `Studio check ${RUN}`, await seedReferences()) }])
  e2e = await launchBrowser()
  studio = await newStudioContext(e2e.browser as Browser)
}, 120_000)

afterAll(async () => {
  await studio?.close()
  await e2e?.close()
  // Leave the seed as the other browser tests expect it; deletes send webhooks, so caches follow.
  const ids = [...created].flatMap((id) => [id, `drafts.${id}`])
  await mutate(ids.map((id) => ({ delete: { id } }))).catch(() => undefined)
})

describe('Sanity Studio on the local lake', () => {
  it('publishes an edited title that readers see on the article page within 2 seconds, and never the draft', async () => {
    const path = `/articles/${ARTICLE_SLUG}`
    await until('the new article on the site', async () => (await publicPage(path)).includes(`Studio check ${RUN}`), 30_000)
    const page = await openInStudio(ARTICLE_ID)
    const title = `Edited in the Studio ${RUN}`
    await page.getByLabel('Headline').fill(title)
    await until('the draft in the lake', async () => (await query<string | null>(`*[_id == "drafts.${ARTICLE_ID}"][0].title`)) === title)
    expect(await publicPage(path)).not.toContain(title)

    await page.getByTestId('action-publish').click()
    await until('the published title in the lake', async () => (await query<string | null>(`*[_id == "${ARTICLE_ID}"][0].title`)) === title)
    const published = Date.now()
    // When the first reader request that shows the new title was sent: the webhook and revalidation delay,
    // not this machine's render time.
    const seenAt = await until('the published title on the public page', async () => {
      const sent = Date.now()
      return (await publicPage(path)).includes(title) && sent
    })
    expect(seenAt - published).toBeLessThanOrEqual(2_000)
    await page.close()
  })

  it('blocks publishing while a validation rule fails', async () => {
    const page = await openInStudio(ARTICLE_ID)
    await page.getByLabel('Headline').fill('')
    await until('the emptied draft', async () => (await query<string | null>(`*[_id == "drafts.${ARTICLE_ID}"][0].title`)) === null)
    const publish = page.getByTestId('action-publish')
    await until('publish to be disabled', async () => (await publish.getAttribute('data-disabled')) === 'true' || (await publish.isDisabled()))
    await publish.click({ force: true })
    await page.waitForTimeout(1000)
    expect(await query<string | null>(`*[_id == "${ARTICLE_ID}"][0].title`)).toBe(`Edited in the Studio ${RUN}`)
    await expect(page.getByText('Required', { exact: false }).first().isVisible()).resolves.toBe(true)
    await lake('/data/actions/production', { actions: [{ actionType: 'sanity.action.document.discard', draftId: `drafts.${ARTICLE_ID}` }] })
    await page.close()
  })

  it('previews an unpublished change in draft mode while readers still see the published article', async () => {
    const page = await openInStudio(ARTICLE_ID)
    const draftTitle = `Draft only ${RUN}`
    await page.getByLabel('Headline').fill(draftTitle)
    await until('the draft in the lake', async () => (await query<string | null>(`*[_id == "drafts.${ARTICLE_ID}"][0].title`)) === draftTitle)
    await page.waitForTimeout(1000)
    await page.getByTestId('document-pane').getByTestId('pane-context-menu-button').click()
    const [preview] = await Promise.all([studio.waitForEvent('page'), page.getByText('Open preview').click()])
    await preview.waitForLoadState('domcontentloaded')
    expect(preview.url()).toBe(`${baseUrl()}/articles/${ARTICLE_SLUG}`)
    await expect(preview.locator('h1').first().textContent()).resolves.toContain(draftTitle)
    const response = await preview.reload()
    expect(response?.headers()['cache-control'] ?? '').toMatch(/no-store|private/)
    const reader = await e2e.newPage()
    await reader.goto(`/articles/${ARTICLE_SLUG}`)
    const publishedTitle = await query<string>(`*[_id == "${ARTICLE_ID}"][0].title`)
    await expect(reader.locator('h1').first().textContent()).resolves.toContain(publishedTitle)
    expect(await reader.content()).not.toContain(draftTitle)
    await preview.close()
    await page.close()
  })

  it('creates an article with an author and a topic and publishes it', async () => {
    const page = await studio.newPage()
    await page.goto(`${studioUrl()}/intent/create/template=article;type=article/`)
    const title = `Created in the Studio ${RUN}`
    await page.getByLabel('Headline').fill(title)
    await page.getByRole('button', { name: 'Generate' }).click()
    await page.getByLabel('Standfirst').fill('Written by the Studio browser test.')
    await page.locator('[data-testid="field-body"] [contenteditable="true"]').first().click()
    await page.keyboard.type('A first paragraph.')
    await page.getByRole('tab', { name: 'Byline and topics' }).click()
    for (const field of ['authors', 'topics']) {
      await page.locator(`[data-testid="field-${field}"] [data-testid="add-single-object-button"]`).click()
      await page.locator(`[data-testid="field-${field}"] input[data-testid="autocomplete"]`).fill('a')
      await page.locator('[data-testid="autocomplete-popover"] [data-ui="AutocompleteOption"] button').first().click()
      await page.locator('[data-testid="autocomplete-popover"]').waitFor({ state: 'hidden' })
    }
    await page.locator('[data-testid="field-publishedAt"] input').first().fill('2020-01-02 10:00')
    await page.keyboard.press('Tab')
    const id = await until('the new draft in the lake', () => query<string | null>(`*[_type == "article" && title == "${title}"][0]._id`))
    const publishedId = id.replace(/^drafts\./, '')
    created.add(publishedId)
    await page.getByTestId('action-publish').click()
    const doc = await until('the published article', () =>
      query<{ slug: string; authors: string[]; topics: string[] } | null>(`*[_id == "${publishedId}"][0]{"slug": slug.current, "authors": authors[]->name, "topics": topics[]->title}`),
    )
    expect(doc.authors.length).toBeGreaterThan(0)
    expect(doc.topics.length).toBeGreaterThan(0)
    await until('the created article on the site', async () => (await publicPage(`/articles/${doc.slug}`)).includes(title), 15_000)
    await page.close()
  })
})
