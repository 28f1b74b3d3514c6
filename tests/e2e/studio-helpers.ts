/**
 * Shared by the Studio browser tests: the lake's HTTP API (set up and check content without the UI), polling, the
 * public site, and opening a document in the built Studio that the lake serves (STUDIO_URL, set by tests/e2e/run.ts).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { baseUrl } from './browser'

function env(name: 'LAKE_URL' | 'STUDIO_URL'): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: run the browser tests with \`npm run test:e2e\` after \`npm run studio:build\``)
  return value.replace(/\/$/, '')
}

export const studioUrl = (): string => env('STUDIO_URL')
export const lakeUrl = (): string => env('LAKE_URL')

export async function lake<T>(path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${lakeUrl()}/v2025-02-19${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  })
  if (!res.ok) throw new Error(`lake ${path}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

export async function query<T>(groq: string, perspective = 'raw'): Promise<T> {
  const { result } = await lake<{ result: T }>(`/data/query/production?query=${encodeURIComponent(groq)}&perspective=${perspective}`)
  return result
}

export async function mutate(mutations: unknown[]): Promise<void> {
  await lake('/data/mutate/production', { mutations })
}

/** Polls `probe` until it returns a truthy value. */
export async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** A public page as a reader gets it: its status and HTML. */
export async function publicResponse(path: string): Promise<{ status: number; html: string }> {
  const res = await fetch(`${baseUrl()}${path}`, { cache: 'no-store' })
  return { status: res.status, html: await res.text() }
}

export async function publicPage(path: string): Promise<string> {
  const { status, html } = await publicResponse(path)
  return status === 200 ? html : ''
}

/** The context the Studio tests share: the lake's certificate is the project's own local CA. */
export async function newStudioContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1400, height: 900 }, locale: 'en-GB' })
  context.setDefaultTimeout(20_000)
  return context
}

/** Opens a document in the Studio (`structurePath` like `articles;<id>` or `topic;<id>`) and waits for one of its fields. */
export async function openInStudio(context: BrowserContext, structurePath: string, fieldLabel: string): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`${studioUrl()}/structure/${structurePath}`)
  await page.getByLabel(fieldLabel).waitFor({ timeout: 60_000 })
  return page
}

/** A published article with everything validation asks for, created through the lake's API. */
export function articleDocument(id: string, slug: string, title: string, refs: { author: string; topic: string }) {
  return {
    _id: id,
    _type: 'article',
    title,
    slug: { _type: 'slug', current: slug },
    standfirst: 'An article a Studio browser test edits.',
    authors: [{ _key: 'a1', _type: 'reference', _ref: refs.author }],
    topics: [{ _key: 't1', _type: 'reference', _ref: refs.topic }],
    publishedAt: '2020-01-01T09:00:00Z',
    body: [{ _key: 'b1', _type: 'block', style: 'normal', markDefs: [], children: [{ _key: 's1', _type: 'span', marks: [], text: 'Body text.' }] }],
  }
}

/** The first published author and topic of the seed, for new articles' references. */
export async function seedReferences(): Promise<{ author: string; topic: string }> {
  const [author, topic] = await Promise.all([
    query<string>('*[_type == "author" && !(_id in path("drafts.**"))] | order(name asc)[0]._id'),
    query<string>('*[_type == "topic" && !(_id in path("drafts.**"))] | order(title asc)[0]._id'),
  ])
  return { author, topic }
}
