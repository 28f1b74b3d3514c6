/**
 * npm run content:check [-- FILE.ndjson]
 *
 * Validates a whole dataset against lib/content's zod schemas by running every getter for every
 * document (each article, author, topic and page by slug, every page of every list, the singletons, a
 * search) and prints each problem with its document id and field path. Without FILE it checks the
 * configured content source (the local lake, or hosted Sanity when SANITY_PROJECT_ID is set); with FILE
 * it loads that NDJSON export into a temporary lake first. Exits 1 when there is any problem.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import path from 'node:path'
import { createClient } from '@sanity/client'
import { clientConfigFor } from '../lib/content/client-config'
import { ContentError, formatIssue, type ContentIssue } from '../lib/content/issues'
import { createContentLoaders } from '../lib/content/loaders'
import type { Paginated } from '../lib/content/pagination'
import { DOCUMENTS_WITHOUT_SLUG_QUERY } from '../lib/content/queries'
import { createContentFetcher } from '../lib/content/runner'
import { resolveContentSource, type ContentSource } from '../lib/content/source'

type Lake = { port: number; close(): Promise<void> }

async function openSource(file: string | undefined): Promise<{ source: ContentSource; close(): Promise<void> }> {
  if (!file) return { source: resolveContentSource(), close: async () => {} }
  if (!existsSync(file)) throw new Error(`content:check: ${file}: no such file`)
  const { startLake } = await import('../sanity/lake/server')
  const dataDir = mkdtempSync('/tmp/content-check-')
  let lake: Lake
  try {
    lake = await startLake({ port: 0, host: '127.0.0.1', dataDir, seed: path.resolve(file), quiet: true })
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true })
    throw error
  }
  return {
    source: resolveContentSource({ LAKE_HOST: '127.0.0.1', LAKE_PORT: String(lake.port) }),
    close: async () => {
      await lake.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

async function main(): Promise<number> {
  const file = process.argv.slice(2).find((arg) => arg !== '--')
  const { source, close } = await openSource(file)
  const where = file ? `${file} (temporary lake)` : source.kind === 'local' ? `the local lake at ${source.apiHost}` : `project ${source.projectId}`
  console.log(`Checking content in ${where}, dataset "${source.dataset}"…`)

  const client = createClient(clientConfigFor(source, process.env.SANITY_API_READ_TOKEN || undefined))
  const problems = new Map<string, ContentIssue>()
  const report = (issue: ContentIssue) => problems.set(formatIssue(issue), issue)
  const content = createContentLoaders({ fetch: createContentFetcher({ client, report }), report })
  let checked = 0

  /** Runs one getter; a ContentError was already reported, anything else (e.g. a network error) is a problem too. */
  async function check<T>(label: string, run: () => Promise<T>): Promise<T | undefined> {
    checked++
    try {
      return await run()
    } catch (error) {
      if (!(error instanceof ContentError)) report({ severity: 'error', label, path: [], message: error instanceof Error ? error.message : String(error) })
      return undefined
    }
  }
  async function everyPage(label: string, load: (page: number) => Promise<Paginated<unknown> | undefined>) {
    const first = await load(1)
    for (let page = 2; first && page <= first.pageCount; page++) await check(`${label}, page ${page}`, () => load(page))
  }
  function duplicates(kind: string, slugs: string[]) {
    const seen = new Set<string>()
    for (const slug of slugs) {
      if (seen.has(slug)) report({ severity: 'error', label: `${kind} slugs`, path: ['slug'], message: `two ${kind}s share the slug "${slug}"` })
      seen.add(slug)
    }
  }

  try {
    await check('siteSettings', () => content.getSiteSettings())
    await check('consentSettings', () => content.getConsentSettings())

    const unslugged = await check('documents without a slug', () => client.fetch<Array<{ _id: string; _type: string }>>(DOCUMENTS_WITHOUT_SLUG_QUERY))
    for (const doc of unslugged ?? []) {
      report({ severity: 'error', label: 'slugs', documentId: doc._id, documentType: doc._type, path: ['slug'], message: 'has no slug, so no page shows it' })
    }

    const articleSlugs = (await check('article slugs', () => content.getAllArticleSlugs())) ?? []
    duplicates('article', articleSlugs)
    for (const slug of articleSlugs) await check(`article "${slug}"`, () => content.getArticleBySlug(slug))
    await everyPage('latest articles', (page) => check(`latest articles, page ${page}`, () => content.getLatestArticles(page)))

    const authorSlugs = (await check('author slugs', () => content.getAllAuthorSlugs())) ?? []
    duplicates('author', authorSlugs)
    for (const slug of authorSlugs) {
      await everyPage(`author "${slug}"`, async (page) => (await check(`author "${slug}"`, () => content.getAuthorBySlug(slug, page)))?.articles)
    }

    const topicSlugs = (await check('topic slugs', () => content.getAllTopicSlugs())) ?? []
    duplicates('topic', topicSlugs)
    for (const slug of topicSlugs) {
      await everyPage(`topic "${slug}"`, async (page) => (await check(`topic "${slug}"`, () => content.getTopicBySlug(slug, page)))?.articles)
    }

    const pageSlugs = (await check('page slugs', () => content.getAllPageSlugs())) ?? []
    duplicates('page', pageSlugs)
    for (const slug of pageSlugs) await check(`page "${slug}"`, () => content.getPageBySlug(slug))

    await check('search', () => content.searchArticles('the', 1))
  } finally {
    await close()
  }

  for (const [line, issue] of problems) console.log(`${issue.severity === 'error' ? 'ERROR' : 'WARN '} ${line}  [${issue.label}]`)
  const summary = problems.size === 0 ? 'no problems' : `${problems.size} problem${problems.size === 1 ? '' : 's'}`
  console.log(`${checked} checks run; ${summary}`)
  return problems.size > 0 ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
