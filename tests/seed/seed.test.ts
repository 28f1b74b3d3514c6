import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { seedNdjson } from '@/sanity/seed/build-seed'
import { errorPaths, runSanityValidation, type ValidationRun } from '../schema/support/run-sanity-validation'
import { loadSeed, SEED_DIR, type SeedDoc } from './load-seed'

const seed = loadSeed()
const byId = new Map(seed.map((d) => [d._id, d]))
const ofType = (type: string) => seed.filter((d) => d._type === type && !d._id.startsWith('drafts.'))
const articles = ofType('article') as (SeedDoc & Record<string, any>)[] // eslint-disable-line @typescript-eslint/no-explicit-any
const drafts = seed.filter((d) => d._id.startsWith('drafts.'))
const slugOf = (doc: SeedDoc) => (doc.slug as { current: string }).current
const NOW = Date.parse('2026-11-27T23:59:59Z')

/** Every value in a document tree, with its path. */
function walk(value: unknown, path: string, visit: (value: unknown, path: string) => void) {
  visit(value, path)
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`, visit))
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`, visit)
}

function collect<T>(doc: SeedDoc, pick: (value: unknown, path: string) => T | undefined): T[] {
  const out: T[] = []
  walk(doc, doc._id, (value, path) => {
    const picked = pick(value, path)
    if (picked !== undefined) out.push(picked)
  })
  return out
}

const blocksOf = (doc: SeedDoc) => ((doc as { body?: { _type: string; style?: string; listItem?: string; markDefs?: { _type: string }[]; children?: { marks: string[] }[] }[] }).body ?? [])

describe('seed.ndjson', () => {
  it('is what build-seed.ts produces (regenerate with npx tsx sanity/seed/build-seed.ts)', () => {
    expect(readFileSync(join(SEED_DIR, 'seed.ndjson'), 'utf8')).toBe(seedNdjson())
  })

  it('has unique ids, each with a type', () => {
    const ids = seed.map((d) => d._id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const doc of seed) expect(typeof doc._type).toBe('string')
  })

  it('uses stable, prefixed ids', () => {
    for (const doc of seed) {
      const id = doc._id.replace(/^drafts\./, '')
      if (doc._type === 'siteSettings' || doc._type === 'consentSettings') expect(id).toBe(doc._type)
      else expect(id.startsWith(`${doc._type}-`)).toBe(true)
    }
  })

  it('resolves every reference, and nothing published points at a draft', () => {
    for (const doc of seed) {
      const refs = collect(doc, (v, path) => (v && typeof v === 'object' && '_ref' in v ? { ref: (v as { _ref: string })._ref, path } : undefined))
      for (const { ref, path } of refs) {
        expect({ path, resolves: byId.has(ref) && !ref.startsWith('drafts.') }).toEqual({ path, resolves: true })
      }
    }
  })

  it('has unique _key values within every array, and a _key on every object in an array', () => {
    for (const doc of seed) {
      walk(doc, doc._id, (value, path) => {
        if (!Array.isArray(value)) return
        const objects = value.filter((v) => v && typeof v === 'object')
        const keys = objects.map((v) => (v as { _key?: string })._key)
        expect({ path, missing: keys.filter((k) => typeof k !== 'string').length }).toEqual({ path, missing: 0 })
        expect({ path, unique: new Set(keys).size === keys.length }).toEqual({ path, unique: true })
      })
    }
  })

  it('points every _sanityAsset at an existing image file, and keeps images modest', () => {
    let total = 0
    const files = new Set<string>()
    for (const doc of seed) {
      for (const asset of collect(doc, (v, path) => (path.endsWith('._sanityAsset') ? String(v) : undefined))) {
        expect(asset).toMatch(/^image@file:\/\/\.\/images\/[a-z0-9-]+\.png$/)
        const file = resolve(dirname(join(SEED_DIR, 'seed.ndjson')), asset.replace('image@file://', ''))
        expect(existsSync(file)).toBe(true)
        if (!files.has(file)) total += statSync(file).size
        files.add(file)
      }
    }
    expect(files.size).toBeGreaterThan(20)
    const described = Object.keys(JSON.parse(readFileSync(join(SEED_DIR, 'image-descriptions.json'), 'utf8')))
    expect(described.sort()).toEqual(readdirSync(join(SEED_DIR, 'images')).sort())
    expect(total).toBeLessThan(3 * 1024 * 1024)
  })
})

describe('seed content', () => {
  it('has at least 24 published articles, 6 topics and 6 authors, all in use', () => {
    expect(articles.length).toBeGreaterThanOrEqual(24)
    const topics = ofType('topic')
    const authors = ofType('author')
    expect(topics.length).toBeGreaterThanOrEqual(6)
    expect(authors.length).toBeGreaterThanOrEqual(6)
    const usedTopics = new Set(articles.flatMap((a) => a.topics.map((t: { _ref: string }) => t._ref)))
    const usedAuthors = new Set(articles.flatMap((a) => a.authors.map((t: { _ref: string }) => t._ref)))
    expect(topics.every((t) => usedTopics.has(t._id))).toBe(true)
    expect(authors.every((a) => usedAuthors.has(a._id))).toBe(true)
  })

  it('gives every author a role, a one-line bio, a portrait with alt text and links', () => {
    for (const author of ofType('author') as (SeedDoc & Record<string, any>)[]) { // eslint-disable-line @typescript-eslint/no-explicit-any
      expect(author.role).toEqual(expect.any(String))
      expect(author.bio).not.toMatch(/\n/)
      expect(author.portrait._sanityAsset).toBeDefined()
      expect(author.portrait.alt).toEqual(expect.any(String))
      expect(author.links.length).toBeGreaterThan(0)
    }
  })

  it('writes each article with 4–8 body blocks, an h2, a quote, an external and an internal link', () => {
    for (const article of articles) {
      const body = blocksOf(article)
      const marks = body.flatMap((b) => b.markDefs ?? []).map((m) => m._type)
      const summary = {
        id: article._id,
        sizeOk: article.slug.current === 'style-guide-every-block' || (body.length >= 4 && body.length <= 8),
        h2: body.some((b) => b.style === 'h2'),
        quote: body.some((b) => b.style === 'blockquote'),
        link: marks.includes('link'),
        internalLink: marks.includes('internalLink'),
      }
      expect(summary).toEqual({ id: article._id, sizeOk: true, h2: true, quote: true, link: true, internalLink: true })
    }
  })

  it('has main images with alt, caption and credit on most articles, and body images with alt text', () => {
    const withMain = articles.filter((a) => a.mainImage)
    expect(withMain.length / articles.length).toBeGreaterThan(0.75)
    for (const a of withMain) expect([a.mainImage.alt, a.mainImage.caption, a.mainImage.credit].every(Boolean)).toBe(true)
    const bodyImages = articles.flatMap((a) => blocksOf(a).filter((b) => b._type === 'bodyImage')) as unknown as { alt: string }[]
    expect(bodyImages.length).toBeGreaterThanOrEqual(3)
    for (const image of bodyImages) expect(image.alt.length).toBeGreaterThan(0)
  })

  it('has editor-chosen related articles on some articles and none on others', () => {
    const withRelated = articles.filter((a) => a.related?.length)
    expect(withRelated.length).toBeGreaterThan(3)
    expect(articles.length - withRelated.length).toBeGreaterThan(3)
  })

  it('has one correction, one co-authored article, and YouTube and X embeds', () => {
    expect(articles.filter((a) => a.corrections?.length).length).toBeGreaterThanOrEqual(1)
    expect(articles.filter((a) => a.authors.length === 2).length).toBeGreaterThanOrEqual(1)
    const services = new Set(articles.flatMap((a) => blocksOf(a).filter((b) => b._type === 'embed')).map((e) => (e as unknown as { service: string }).service))
    expect(services).toEqual(new Set(['youtube', 'vimeo', 'x', 'bluesky', 'mastodon']))
    const articlesWithEmbeds = articles.filter((a) => blocksOf(a).some((b) => b._type === 'embed'))
    expect(articlesWithEmbeds.length).toBeGreaterThanOrEqual(3)
  })

  it('has one article that uses every block type and mark', () => {
    const guide = articles.find((a) => a.slug.current === 'style-guide-every-block')!
    const body = blocksOf(guide)
    const styles = new Set(body.filter((b) => b._type === 'block').map((b) => b.style))
    const lists = new Set(body.map((b) => b.listItem).filter(Boolean))
    const decorators = new Set(body.flatMap((b) => b.children ?? []).flatMap((c) => c.marks).filter((m) => ['strong', 'em', 'code'].includes(m)))
    const annotations = new Set(body.flatMap((b) => b.markDefs ?? []).map((m) => m._type))
    const types = new Set(body.map((b) => b._type))
    expect({ styles, lists, decorators, annotations, types }).toEqual({
      styles: new Set(['normal', 'h2', 'h3', 'blockquote']),
      lists: new Set(['bullet', 'number']),
      decorators: new Set(['strong', 'em', 'code']),
      annotations: new Set(['link', 'internalLink']),
      types: new Set(['block', 'bodyImage', 'embed']),
    })
  })

  it('has exactly one draft-only article that nothing references', () => {
    expect(drafts.map((d) => d._type)).toEqual(['article'])
    const draft = drafts[0]!
    expect(byId.has(draft._id.replace(/^drafts\./, ''))).toBe(false)
    const referencing = seed.filter((d) => JSON.stringify(d).includes(`"${draft._id.replace(/^drafts\./, '')}"`) && d !== draft)
    expect(referencing).toEqual([])
  })

  it('spreads dates over recent months, with the two newest within two days of 2026-11-27', () => {
    const dates = articles.map((a) => Date.parse(a.publishedAt)).sort((a, b) => b - a)
    expect(dates.every((d) => d <= NOW)).toBe(true)
    expect(NOW - dates[1]!).toBeLessThan(2 * 24 * 3600 * 1000)
    expect(NOW - dates[2]!).toBeGreaterThan(2 * 24 * 3600 * 1000)
    const months = new Set(articles.map((a) => a.publishedAt.slice(0, 7)))
    expect(months.size).toBeGreaterThanOrEqual(5)
  })

  it('configures consent as the site expects', () => {
    const consent = byId.get('consentSettings') as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(consent.policyVersion).toBe(1)
    expect(consent.banner.text).toBe('This site uses third party services that need your consent.')
    expect(consent.banner.learnMoreLabel).toBe('Learn more')
    expect(consent.privacyPolicyUrl).toBe('/privacy')
    expect(consent.lifetimeDays).toBe(180)
    expect(consent.honourGpc).toBe(true)
    const categories = Object.fromEntries(consent.categories.map((c: { key: string }) => [c.key, c]))
    expect(Object.keys(categories)).toEqual(['necessary', 'analytics', 'embeds'])
    expect(categories.necessary.required).toBe(true)
    expect(categories.analytics.services).toEqual([
      expect.objectContaining({ key: 'meridian-analytics', cookies: ['mr_analytics_id'], hosts: [] }),
    ])
    expect(categories.embeds.services.map((s: { key: string }) => s.key)).toEqual(['youtube', 'vimeo', 'x', 'bluesky', 'mastodon'])
    for (const service of categories.embeds.services) expect(service.hosts.length).toBeGreaterThan(0)
    expect(consent.embedPlaceholder).toEqual(expect.objectContaining({ text: expect.any(String) }))
  })

  it('configures the site and its pages', () => {
    const site = byId.get('siteSettings') as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(site).toMatchObject({
      title: 'The Meridian Review',
      baseUrl: 'http://localhost:3000',
      language: 'en-GB',
      feedContent: 'full',
      newsletter: { heading: 'Updates Right in Your Inbox', description: 'Keep up-to-date on all upcoming events.', consentVersion: '1' },
    })
    expect(site.newsletter.privacyNote.length).toBeGreaterThan(20)
    expect(site.publisherLogo.alt).toEqual(expect.any(String))
    const topicSlugs = ofType('topic').map(slugOf)
    expect(site.navigation.map((n: { href: string }) => n.href)).toEqual(topicSlugs.map((s) => `/topics/${s}`))
    expect(site.footerLinks.map((l: { href: string }) => l.href)).toEqual(expect.arrayContaining(['/about', '/privacy']))
    const pages = ofType('page').map(slugOf)
    expect(pages).toEqual(expect.arrayContaining(['privacy', 'about']))
    const privacyText = JSON.stringify(byId.get('page-privacy')).toLowerCase()
    for (const word of ['cookie', 'consent', 'newsletter', 'withdraw']) expect(privacyText).toContain(word)
  })
})

describe('seed documents pass the schema validation', () => {
  let run: ValidationRun
  beforeAll(() => {
    run = runSanityValidation(seed)
  }, 120_000)

  it('has no validation errors in any document', () => {
    const problems = run.results
      .map((r) => ({ id: r.id, errors: errorPaths(r.markers) }))
      .filter((r) => r.errors.length > 0)
    expect(problems).toEqual([])
    expect(run.results).toHaveLength(seed.length)
  })
})
