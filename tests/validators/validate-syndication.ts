/**
 * Independent checks of what crawlers and feed readers get, against a running production server:
 * `xmllint` validates the sitemap index, every child sitemap and the news sitemap against the sitemaps.org
 * schemas (tests/validators/xsd) and checks every feed is well-formed; a crawl of the sitemaps and feeds
 * must find every published seed article exactly once and never the draft; every article's JSON-LD must
 * parse and carry the recommended NewsArticle properties with its canonical URL as `@id`.
 * Called by tests/e2e/run.ts; standalone: BASE_URL=http://127.0.0.1:PORT tsx tests/validators/validate-syndication.ts
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DEFAULT_SEED_PATH, loadSeed } from '../e2e/seed'

const XSD_DIR = path.join(__dirname, 'xsd')

function xmllint(args: string[]): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    execFile('xmllint', args, { maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ ok: !error, output: `${stdout}${stderr}`.trim() })
    })
  })
}

function tags(xml: string, name: string): string[] {
  const re = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, 'g')
  return [...xml.matchAll(re)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&').trim())
}

/** Slugs of published seed articles the editors marked noindex: no sitemap may list them. */
function noindexSlugs(seedPath: string): Set<string> {
  const slugs = new Set<string>()
  for (const line of fs.readFileSync(seedPath, 'utf8').split('\n')) {
    if (!line.trim()) continue
    const doc = JSON.parse(line) as { _id: string; _type: string; slug?: { current?: string }; seo?: { noindex?: boolean } }
    if (doc._type === 'article' && !doc._id.startsWith('drafts.') && doc.seo?.noindex && doc.slug?.current) slugs.add(doc.slug.current)
  }
  return slugs
}

export async function validateSyndication({ baseUrl, seedPath = DEFAULT_SEED_PATH }: { baseUrl: string; seedPath?: string }): Promise<boolean> {
  const seed = loadSeed(seedPath)
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'syndication-'))
  const problems: string[] = []
  let checks = 0
  const origin = new URL(baseUrl).origin
  // URLs in sitemaps and feeds are absolute on the site's configured base URL; fetch them from the server under test.
  const local = (url: string) => {
    const u = new URL(url)
    return `${origin}${u.pathname}${u.search}`
  }
  async function get(url: string, expectType: RegExp): Promise<string | null> {
    const res = await fetch(local(url))
    const type = res.headers.get('content-type') ?? ''
    checks++
    if (res.status !== 200) {
      problems.push(`${url}: status ${res.status}`)
      return null
    }
    if (!expectType.test(type)) problems.push(`${url}: content-type ${type}`)
    return res.text()
  }
  async function validateXml(url: string, xml: string, schema: string | null): Promise<void> {
    const file = path.join(tmp, `${checks}.xml`)
    fs.writeFileSync(file, xml)
    const args = schema ? ['--noout', '--schema', path.join(XSD_DIR, schema), file] : ['--noout', file]
    const result = await xmllint(args)
    checks++
    if (!result.ok) problems.push(`${url}: xmllint ${schema ?? 'well-formedness'}:\n${result.output}`)
  }

  try {
    const robots = await get(`${baseUrl}/robots.txt`, /text\/plain/)
    const sitemapUrls = robots ? [...robots.matchAll(/^Sitemap:\s*(\S+)/gm)].map((m) => m[1]!) : []
    if (sitemapUrls.length < 2) problems.push('robots.txt does not name the sitemap index and the news sitemap')

    const indexUrl = sitemapUrls.find((u) => u.endsWith('/sitemap.xml')) ?? `${baseUrl}/sitemap.xml`
    const index = await get(indexUrl, /xml/)
    const articleLocs: string[] = []
    if (index) {
      await validateXml(indexUrl, index, 'siteindex.xsd')
      for (const child of tags(index, 'loc')) {
        const xml = await get(child, /xml/)
        if (!xml) continue
        await validateXml(child, xml, 'urlset-with-extensions.xsd')
        articleLocs.push(...tags(xml, 'loc').filter((loc) => new URL(loc).pathname.startsWith('/articles/')))
      }
    }
    const newsUrl = sitemapUrls.find((u) => u.endsWith('/news-sitemap.xml')) ?? `${baseUrl}/news-sitemap.xml`
    const news = await get(newsUrl, /xml/)
    if (news) await validateXml(newsUrl, news, 'urlset-with-extensions.xsd')

    // A crawler finds every published article once, and no draft.
    const seen = new Map<string, number>()
    for (const loc of articleLocs) {
      const slug = decodeURIComponent(new URL(loc).pathname.slice('/articles/'.length))
      seen.set(slug, (seen.get(slug) ?? 0) + 1)
    }
    const noindex = noindexSlugs(seedPath)
    for (const article of seed.articles) {
      const count = seen.get(article.slug) ?? 0
      const want = noindex.has(article.slug) ? 0 : 1
      if (count !== want) problems.push(`sitemaps list article "${article.slug}" ${count} times (want ${want})`)
    }
    for (const draft of seed.draftOnly) {
      if (seen.has(draft.slug)) problems.push(`sitemaps list the draft "${draft.slug}"`)
    }

    const feeds = [
      `${baseUrl}/feed.xml`,
      ...seed.topics.map((t) => `${baseUrl}/topics/${t.slug}/feed.xml`),
      ...seed.authors.map((a) => `${baseUrl}/authors/${a.slug}/feed.xml`),
    ]
    for (const feedUrl of feeds) {
      const xml = await get(feedUrl, /application\/rss\+xml/)
      if (!xml) continue
      await validateXml(feedUrl, xml, null)
      const guids = tags(xml, 'guid')
      if (new Set(guids).size !== guids.length) problems.push(`${feedUrl}: duplicate GUIDs`)
      const links = tags(xml, 'link').filter((l) => l.includes('/articles/'))
      for (const draft of seed.draftOnly) {
        if (links.some((l) => l.endsWith(`/articles/${draft.slug}`))) problems.push(`${feedUrl}: lists the draft "${draft.slug}"`)
      }
    }
    const siteFeed = await get(`${baseUrl}/feed.xml`, /rss/)
    if (siteFeed) {
      const links = new Set(tags(siteFeed, 'link').map((l) => new URL(l).pathname))
      for (const article of seed.articles.slice(0, 50)) {
        if (!links.has(`/articles/${article.slug}`)) problems.push(`feed.xml is missing "${article.slug}"`)
      }
    }

    const home = await get(`${baseUrl}/`, /text\/html/)
    if (home && !/<link[^>]+rel="alternate"[^>]+type="application\/rss\+xml"/.test(home)) {
      problems.push('the home page has no feed autodiscovery link')
    }

    for (const article of seed.articles) {
      const html = await get(`${baseUrl}/articles/${article.slug}`, /text\/html/)
      if (!html) continue
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]
      const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!)
      const where = `article "${article.slug}" JSON-LD`
      let ld: Record<string, unknown> | undefined
      for (const text of scripts) {
        try {
          const parsed = JSON.parse(text) as Record<string, unknown>
          if (parsed['@type'] === 'NewsArticle') ld = parsed
        } catch (error) {
          problems.push(`${where}: does not parse (${(error as Error).message})`)
        }
      }
      checks++
      if (!ld) {
        problems.push(`${where}: no NewsArticle`)
        continue
      }
      for (const key of ['headline', 'description', 'image', 'datePublished', 'dateModified', 'author', 'publisher', 'mainEntityOfPage']) {
        if (ld[key] === undefined || ld[key] === '' || (Array.isArray(ld[key]) && (ld[key] as unknown[]).length === 0)) {
          problems.push(`${where}: missing ${key}`)
        }
      }
      if (!canonical || ld['@id'] !== canonical) problems.push(`${where}: @id ${String(ld['@id'])} is not the canonical URL ${canonical}`)
      for (const key of ['datePublished', 'dateModified']) {
        if (typeof ld[key] === 'string' && !/(Z|[+-]\d{2}:\d{2})$/.test(ld[key] as string)) problems.push(`${where}: ${key} has no time zone`)
      }
      const authors = Array.isArray(ld.author) ? (ld.author as Array<Record<string, unknown>>) : []
      if (authors.length !== article.authors.length || authors.some((a) => a['@type'] !== 'Person' || !a.name || !a.url)) {
        problems.push(`${where}: authors must be Persons with name and url, one per byline author`)
      }
      const publisher = ld.publisher as Record<string, unknown> | undefined
      if (!publisher?.name || !(publisher.logo as Record<string, unknown> | undefined)?.url) problems.push(`${where}: publisher needs a name and a logo`)
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true })
  }

  for (const problem of problems) console.error(`validate-syndication: ${problem}`)
  console.log(`validate-syndication: ${checks} checks, ${problems.length} problems`)
  return problems.length === 0
}

if (require.main === module) {
  const baseUrl = process.env.BASE_URL
  if (!baseUrl) {
    console.error('usage: BASE_URL=http://127.0.0.1:PORT tsx tests/validators/validate-syndication.ts')
    process.exit(2)
  }
  validateSyndication({ baseUrl, seedPath: process.env.SEED_PATH }).then((ok) => process.exit(ok ? 0 : 1))
}
