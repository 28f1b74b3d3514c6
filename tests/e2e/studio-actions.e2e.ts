/**
 * Editors' document actions in the built Studio on the local lake, driven through the Studio's own UI: unpublish,
 * discard changes and delete from the document actions menu, and an image upload with the hotspot editor. Each test
 * creates its own documents through the lake's API and the file removes them afterwards, so the seed stays as the
 * other browser tests expect it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchBrowser, type E2EBrowser } from './browser'
import {
  articleDocument,
  lakeUrl,
  mutate,
  newStudioContext,
  openInStudio,
  publicPage,
  publicResponse,
  query,
  seedReferences,
  studioUrl,
  until,
} from './studio-helpers'

const RUN = Date.now().toString(36)
const created = new Set<string>()
const uploadedAssets = new Set<string>()

let e2e: E2EBrowser
let studio: BrowserContext
let refs: { author: string; topic: string }
let tmp: string

/** A published article of this run, created through the lake; returns its id, slug and title. */
async function createArticle(name: string): Promise<{ id: string; slug: string; title: string }> {
  const id = `e2e-actions-${name}-${RUN}`
  const slug = `studio-${name}-${RUN}`
  const title = `Studio ${name} ${RUN}`
  created.add(id)
  await mutate([{ create: articleDocument(id, slug, title, refs) }])
  return { id, slug, title }
}

async function openArticle(id: string): Promise<Page> {
  return openInStudio(studio, `articles;${id}`, 'Headline')
}

/** Opens the document actions menu (the "…" beside Publish) and picks an action from it. */
async function chooseDocumentAction(page: Page, action: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Open document actions' }).click()
  await page.getByRole('menuitem', { name: action }).click()
}

/**
 * A seed image with a chunk naming this run, so its SHA-1 is new: the Studio reuses an asset with the same hash
 * instead of uploading, and this test is about the upload.
 */
function uniquePng(source: string): string {
  const png = fs.readFileSync(source)
  const iendAt = png.length - 12
  const data = Buffer.from(`Comment\0studio-actions e2e ${RUN}`, 'latin1')
  const type = Buffer.from('tEXt', 'latin1')
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([type, data])))
  const file = path.join(tmp, `upload-${RUN}.png`)
  fs.writeFileSync(file, Buffer.concat([png.subarray(0, iendAt), length, type, data, crc, png.subarray(iendAt)]))
  return file
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-actions-'))
  refs = await seedReferences()
  e2e = await launchBrowser()
  studio = await newStudioContext(e2e.browser as Browser)
}, 120_000)

afterAll(async () => {
  await studio?.close()
  await e2e?.close()
  // Documents first: the uploaded assets are referenced by them until then. Deletes send webhooks, so caches follow.
  const ids = [...created].flatMap((id) => [id, `drafts.${id}`])
  await mutate(ids.map((id) => ({ delete: { id } }))).catch(() => undefined)
  await mutate([...uploadedAssets].map((id) => ({ delete: { id } }))).catch(() => undefined)
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
})

describe('Studio document actions on the local lake', () => {
  it('unpublishes an article from its published version: readers get a 404 and the Studio keeps it as a draft', async () => {
    const article = await createArticle('unpublish')
    const articlePath = `/articles/${article.slug}`
    await until('the new article on the site', async () => (await publicPage(articlePath)).includes(article.title), 30_000)
    const page = await openArticle(article.id)

    // Studio 5 offers Unpublish on the published version (never on the draft): its chip in the document header
    // selects it, and Unpublish becomes the version's main action, with the same confirmation dialog as in the menu.
    await page.getByRole('button', { name: 'Published', exact: true }).click()
    await page.getByRole('button', { name: 'Unpublish', exact: true }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Unpublish now' }).click()
    await until('the published article gone and a draft in its place', async () => {
      const ids = await query<string[]>(`*[_id in ["${article.id}", "drafts.${article.id}"]]._id`)
      return ids.length === 1 && ids[0] === `drafts.${article.id}`
    })
    expect(await query<string>(`*[_id == "drafts.${article.id}"][0].title`)).toBe(article.title)
    await until('a 404 for the unpublished article', async () => (await publicResponse(articlePath)).status === 404)

    // A fresh load of the document in the Studio: the draft, ready to publish again.
    await page.goto(`${studioUrl()}/structure/articles;${article.id}`)
    await until('the draft title in the Studio', async () => (await page.getByLabel('Headline').inputValue()) === article.title)
    await until('publish enabled for the draft', async () => !(await page.getByTestId('action-publish').isDisabled()))
    await page.close()
  })

  it('discards a draft from the actions menu: the draft is gone and the Studio shows the published title', async () => {
    const article = await createArticle('discard')
    const page = await openArticle(article.id)
    const draftTitle = `Discarded edit ${RUN}`
    await page.getByLabel('Headline').fill(draftTitle)
    await until('the draft in the lake', async () => (await query<string | null>(`*[_id == "drafts.${article.id}"][0].title`)) === draftTitle)

    await chooseDocumentAction(page, /^Discard changes$/)
    await page.getByRole('dialog').getByRole('button', { name: 'Discard changes', exact: true }).click()
    await until('the draft gone from the lake', async () => (await query<unknown[]>(`*[_id == "drafts.${article.id}"]`)).length === 0)
    expect(await query<string>(`*[_id == "${article.id}"][0].title`)).toBe(article.title)
    await until('the published title in the Studio', async () => (await page.getByLabel('Headline').inputValue()) === article.title)
    await page.close()
  })

  // A never-published document is deleted with other actions (one discard per version) than a published one.
  it.each([
    ['published', ''],
    ['never-published', 'drafts.'],
  ])('deletes a %s topic after its confirmation dialog: gone from the lake and from the Studio list', async (state, prefix) => {
    const id = `e2e-actions-topic-${state}-${RUN}`
    const title = `Topic to delete ${state} ${RUN}`
    created.add(id)
    await mutate([
      { create: { _id: `${prefix}${id}`, _type: 'topic', title, slug: { _type: 'slug', current: `delete-${state}-${RUN}` }, description: 'A topic the browser test deletes.' } },
    ])
    const page = await openInStudio(studio, `topic;${id}`, 'Title')
    const listed = page.getByRole('link', { name: new RegExp(title) })
    await listed.first().waitFor()
    const otherTopic = page.getByRole('link', { name: new RegExp(await query<string>(`*[_id == "${refs.topic}"][0].title`)) })

    await chooseDocumentAction(page, /^Delete\b/)
    await page.getByRole('dialog').getByRole('button', { name: 'Delete all versions' }).click()
    await until('the topic gone from the lake', async () => (await query<unknown[]>(`*[_id in ["${id}", "drafts.${id}"]]`)).length === 0)
    await until('the topic gone from the Studio list', async () => (await listed.count()) === 0)
    // A fresh load of the list: the other topics, and not this one.
    await page.goto(`${studioUrl()}/structure/topic`)
    await otherTopic.first().waitFor()
    expect(await listed.count()).toBe(0)
    await page.close()
  })

  it('uploads a main image, moves its hotspot in the crop editor and publishes it with the image served by the lake', async () => {
    const article = await createArticle('image')
    const page = await openArticle(article.id)
    const field = page.getByTestId('image-input')
    const file = uniquePng(path.join(__dirname, '..', '..', 'sanity', 'seed', 'images', 'main-01.png'))

    // The Upload button is the field's file input.
    await field.getByRole('button', { name: 'Upload' }).setInputFiles(file)
    const assetId = await until('the uploaded image on the draft', () =>
      query<string | null>(`*[_id == "drafts.${article.id}"][0].mainImage.asset._ref`),
    )
    uploadedAssets.add(assetId)
    // The Studio shows it, loaded back from the lake.
    const preview = field.getByRole('img', { name: 'Preview of uploaded image' })
    await until('the image preview loaded', () => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    await field.getByLabel('Alternative text').fill('A test image uploaded through the Studio')

    await field.getByRole('button', { name: 'Open image edit dialog' }).click()
    const editor = page.getByRole('dialog', { name: 'Edit hotspot and crop' })
    // The hotspot ellipse has no role or name; it is the editor's focusable "hotspot" handle. A new image's hotspot
    // covers all of it: shrink it first (Ctrl+arrows), then move it right and down (arrows).
    await editor.locator('[data-handle="hotspot"]').focus()
    for (const key of ['Control+Shift+ArrowLeft', 'Control+Shift+ArrowUp']) for (let i = 0; i < 3; i++) await page.keyboard.press(key)
    for (const key of ['Shift+ArrowRight', 'Shift+ArrowDown']) for (let i = 0; i < 2; i++) await page.keyboard.press(key)
    await until('the moved hotspot on the draft', () =>
      query<boolean>(`count(*[_id == "drafts.${article.id}" && mainImage.hotspot.x > 0.5 && mainImage.hotspot.y > 0.5]) == 1`),
    )
    await editor.getByRole('button', { name: 'Close dialog' }).click()
    await editor.waitFor({ state: 'hidden' })

    await until('publish enabled', async () => !(await page.getByTestId('action-publish').isDisabled()))
    await page.getByTestId('action-publish').click()
    const published = await until('the published image', () =>
      query<{ ref: string; hotspot: { x: number; y: number; width: number } | null; url: string; alt: string } | null>(
        `*[_id == "${article.id}" && defined(mainImage.asset)][0]{"ref": mainImage.asset._ref, "hotspot": mainImage.hotspot, "url": mainImage.asset->url, "alt": mainImage.alt}`,
      ),
    )
    expect(published.ref).toBe(assetId)
    // Centred at (0.5, 0.5) and covering the whole image until the editor moved it.
    expect(published.hotspot?.x).toBeGreaterThan(0.5)
    expect(published.hotspot?.y).toBeGreaterThan(0.5)
    expect(published.hotspot?.width).toBeLessThan(1)
    expect(published.alt).toBe('A test image uploaded through the Studio')

    // The asset the Studio uploaded is the file it was given, served by the lake at the asset's URL.
    expect(published.url.startsWith(`${lakeUrl()}/images/`)).toBe(true)
    const served = await fetch(published.url)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await served.arrayBuffer()).equals(fs.readFileSync(file))).toBe(true)
    await page.close()
  })
})

