/* eslint-disable @typescript-eslint/no-explicit-any -- the cases below reach into arbitrary seed JSON to break one field each */
/**
 * Every validation rule of the schema, exercised through Sanity's own validateDocument (in a child process):
 * a bad value must be refused at the right path, and the corresponding good value must pass.
 */
import { loadSeed } from '../seed/load-seed'
import { errorPaths, runSanityValidation, type TestDocument, type ValidationRun } from './support/run-sanity-validation'

const seed = loadSeed() as TestDocument[]
const byId = (id: string) => {
  const doc = seed.find((d) => d._id === id)
  if (!doc) throw new Error(`seed has no ${id}`)
  return structuredClone(doc)
}

type Case = { name: string; doc: TestDocument; errorAt?: string }
const cases: Case[] = []
let counter = 0

/** A copy of a seed document under a fresh id (so its own slug does not count as taken), changed by `change`. */
function variant(baseId: string, change: (doc: any) => void, keepId = false): TestDocument {
  const doc = byId(baseId) as any
  if (!keepId) doc._id = `${doc._type}-test-${++counter}`
  if (!keepId && doc.slug) doc.slug = { _type: 'slug', current: `test-slug-${counter}` }
  change(doc)
  return doc
}
const bad = (name: string, baseId: string, errorAt: string, change: (doc: any) => void, keepId = false) =>
  cases.push({ name, doc: variant(baseId, change, keepId), errorAt })
const good = (name: string, baseId: string, change: (doc: any) => void, keepId = false) =>
  cases.push({ name, doc: variant(baseId, change, keepId) })

const ARTICLE = 'article-carbon-border-levies-hard-case'
const GUIDE = 'article-style-guide-every-block'
const firstOfType = (doc: any, type: string) => doc.body.find((b: any) => b._type === type)
const firstLinkBlock = (doc: any, markType: string) =>
  doc.body.find((b: any) => b._type === 'block' && b.markDefs.some((m: any) => m._type === markType))

// Article: required fields and lengths.
bad('article without title', ARTICLE, 'title', (d) => delete d.title)
bad('article title over 140', ARTICLE, 'title', (d) => (d.title = 'x'.repeat(141)))
good('article title of 140', ARTICLE, (d) => (d.title = 'x'.repeat(140)))
bad('article without slug', ARTICLE, 'slug', (d) => delete d.slug)
bad('article slug with spaces and capitals', ARTICLE, 'slug', (d) => (d.slug.current = 'Bad Slug'))
bad('article slug with double hyphen', ARTICLE, 'slug', (d) => (d.slug.current = 'bad--slug'))
bad('article slug over 96', ARTICLE, 'slug', (d) => (d.slug.current = 'a'.repeat(97)))
good('article slug of 96', ARTICLE, (d) => (d.slug.current = 'a'.repeat(96)))
bad('article slug taken by another article', ARTICLE, 'slug', (d) => (d.slug.current = 'critical-minerals-clubs'))
good('article slug equal to a topic slug (uniqueness is per type)', ARTICLE, (d) => (d.slug.current = 'trade-economy'))
good('draft of an existing article keeps its own slug', ARTICLE, (d) => (d._id = `drafts.${ARTICLE}`), true)
good('published article keeps its own slug', ARTICLE, () => undefined, true)
bad('article without standfirst', ARTICLE, 'standfirst', (d) => delete d.standfirst)
bad('article standfirst over 320', ARTICLE, 'standfirst', (d) => (d.standfirst = 'x'.repeat(321)))
bad('article without authors', ARTICLE, 'authors', (d) => (d.authors = []))
bad('article with the same author twice', ARTICLE, 'authors', (d) =>
  d.authors.push({ ...d.authors[0], _key: 'dupe' }),
)
bad('article author reference that does not exist', ARTICLE, 'authors', (d) => (d.authors[0]._ref = 'author-nobody'))
bad('article without publishedAt', ARTICLE, 'publishedAt', (d) => delete d.publishedAt)
bad('article updated before published', ARTICLE, 'updatedAt', (d) => (d.updatedAt = '2026-11-01T00:00:00Z'))
good('article updated after published', ARTICLE, (d) => (d.updatedAt = '2026-11-30T00:00:00Z'))
bad('main image without alt', ARTICLE, 'mainImage', (d) => delete d.mainImage.alt)
bad('main image with blank alt', ARTICLE, 'mainImage', (d) => (d.mainImage.alt = '   '))
good('no main image at all', ARTICLE, (d) => delete d.mainImage)
bad('article without body', ARTICLE, 'body', (d) => delete d.body)
bad('article with empty body', ARTICLE, 'body', (d) => (d.body = []))
bad('article body of one empty paragraph', ARTICLE, 'body', (d) =>
  (d.body = [{ _type: 'block', _key: 'e', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 's', text: ' ', marks: [] }] }]),
)
bad('link annotation with javascript: URL', ARTICLE, 'body[', (d) => {
  const block = firstLinkBlock(d, 'link')
  block.markDefs.find((m: any) => m._type === 'link').href = 'javascript:alert(1)'
})
bad('link annotation with data: URL', ARTICLE, 'body[', (d) => {
  firstLinkBlock(d, 'link').markDefs.find((m: any) => m._type === 'link').href = 'data:text/html,<script>alert(1)</script>'
})
bad('link annotation with a relative URL', ARTICLE, 'body[', (d) => {
  firstLinkBlock(d, 'link').markDefs.find((m: any) => m._type === 'link').href = '/privacy'
})
good('link annotations with mailto and tel URLs (style guide)', GUIDE, () => undefined)
bad('internal link without a reference', ARTICLE, 'body[', (d) => {
  delete firstLinkBlock(d, 'internalLink').markDefs.find((m: any) => m._type === 'internalLink').reference
})
bad('body image without alt', GUIDE, 'body[', (d) => delete firstOfType(d, 'bodyImage').alt)
bad('body image without an image', GUIDE, 'body[', (d) => {
  const image = firstOfType(d, 'bodyImage')
  delete image.asset
  delete image._sanityAsset
})
bad('embed without service', GUIDE, 'body[', (d) => delete firstOfType(d, 'embed').service)
bad('embed with unknown service', GUIDE, 'body[', (d) => (firstOfType(d, 'embed').service = 'myspace'))
bad('embed over http', GUIDE, 'body[', (d) => (firstOfType(d, 'embed').url = 'http://www.youtube.com/watch?v=abc'))
bad('youtube embed pointing elsewhere', GUIDE, 'body[', (d) => (firstOfType(d, 'embed').url = 'https://evil.example/watch'))
bad('embed without title', GUIDE, 'body[', (d) => delete firstOfType(d, 'embed').title)
bad('article without topics', ARTICLE, 'topics', (d) => (d.topics = []))
bad('article with the same topic twice', ARTICLE, 'topics', (d) => d.topics.push({ ...d.topics[0], _key: 'dupe' }))
bad('article related to itself', ARTICLE, 'related', (d) => d.related.push({ _type: 'reference', _ref: ARTICLE, _key: 'self' }), true)
bad('draft article related to its published self', ARTICLE, 'related', (d) => {
  d._id = `drafts.${ARTICLE}`
  d.related.push({ _type: 'reference', _ref: ARTICLE, _key: 'self' })
}, true)
bad('more than four related articles', GUIDE, 'related', (d) =>
  d.related.push({ _type: 'reference', _ref: 'article-baltic-sea-backwater', _key: 'fifth' }),
)
bad('the same related article twice', ARTICLE, 'related', (d) => d.related.push({ ...d.related[0], _key: 'dupe' }))
good('four related articles', GUIDE, () => undefined)
bad('correction without date', ARTICLE, 'corrections', (d) => delete d.corrections[0].date)
bad('correction without text', ARTICLE, 'corrections', (d) => delete d.corrections[0].text)
bad('seo title over 70', GUIDE, 'seo', (d) => (d.seo.title = 'x'.repeat(71)))
bad('seo description over 160', GUIDE, 'seo', (d) => (d.seo.description = 'x'.repeat(161)))
bad('seo canonical URL over http', GUIDE, 'seo', (d) => (d.seo.canonicalUrl = 'http://example.org/a'))
good('seo canonical URL over https', GUIDE, (d) => (d.seo.canonicalUrl = 'https://example.org/a'))

// Author.
const AUTHOR = 'author-priya-raghunathan'
bad('author without name', AUTHOR, 'name', (d) => delete d.name)
bad('author slug taken', AUTHOR, 'slug', (d) => (d.slug.current = 'tomasz-wierzbicki'))
bad('author slug badly formed', AUTHOR, 'slug', (d) => (d.slug.current = 'Priya_R'))
bad('author without role', AUTHOR, 'role', (d) => delete d.role)
bad('author without bio', AUTHOR, 'bio', (d) => delete d.bio)
bad('author bio over 200', AUTHOR, 'bio', (d) => (d.bio = 'x'.repeat(201)))
bad('author bio over two lines', AUTHOR, 'bio', (d) => (d.bio = 'First line.\nSecond line.'))
bad('author portrait without alt', AUTHOR, 'portrait', (d) => delete d.portrait.alt)
bad('author link with javascript: URL', AUTHOR, 'links', (d) => (d.links[0].url = 'javascript:alert(1)'))
bad('author link without label', AUTHOR, 'links', (d) => delete d.links[0].label)
good('author link with https URL', AUTHOR, (d) => (d.links[0].url = 'https://example.org/priya'))

// Topic.
const TOPIC = 'topic-indo-pacific'
bad('topic without title', TOPIC, 'title', (d) => delete d.title)
bad('topic slug taken', TOPIC, 'slug', (d) => (d.slug.current = 'climate-energy'))
bad('topic without description', TOPIC, 'description', (d) => delete d.description)
bad('topic description over 300', TOPIC, 'description', (d) => (d.description = 'x'.repeat(301)))

// Page.
const PAGE = 'page-privacy'
bad('page without title', PAGE, 'title', (d) => delete d.title)
bad('page slug taken', PAGE, 'slug', (d) => (d.slug.current = 'about'))
good('page slug equal to an article slug', PAGE, (d) => (d.slug.current = 'mediation-as-profession'))
bad('page without body', PAGE, 'body', (d) => (d.body = []))
bad('page link with javascript: URL', PAGE, 'body[', (d) => {
  firstLinkBlock(d, 'link').markDefs.find((m: any) => m._type === 'link').href = 'javascript:alert(1)'
})
bad('page without updatedAt', PAGE, 'updatedAt', (d) => delete d.updatedAt)

// Site settings.
const SITE = 'siteSettings'
bad('site without title', SITE, 'title', (d) => delete d.title, true)
bad('base URL with trailing slash', SITE, 'baseUrl', (d) => (d.baseUrl = 'https://example.org/'), true)
bad('base URL over ftp', SITE, 'baseUrl', (d) => (d.baseUrl = 'ftp://example.org'), true)
bad('base URL relative', SITE, 'baseUrl', (d) => (d.baseUrl = '/home'), true)
good('base URL over https', SITE, (d) => (d.baseUrl = 'https://meridianreview.org'), true)
bad('language not a tag', SITE, 'language', (d) => (d.language = 'English'), true)
bad('navigation link with javascript:', SITE, 'navigation', (d) => (d.navigation[0].href = 'javascript:alert(1)'), true)
bad('navigation link protocol-relative', SITE, 'navigation', (d) => (d.navigation[0].href = '//evil.example'), true)
bad('footer link without label', SITE, 'footerLinks', (d) => delete d.footerLinks[0].label, true)
bad('newsletter without heading', SITE, 'newsletter', (d) => delete d.newsletter.heading, true)
bad('newsletter without privacy note', SITE, 'newsletter', (d) => delete d.newsletter.privacyNote, true)
bad('newsletter without consent version', SITE, 'newsletter', (d) => delete d.newsletter.consentVersion, true)
bad('publisher logo without alt', SITE, 'publisherLogo', (d) => delete d.publisherLogo.alt, true)
bad('feed content not full or summary', SITE, 'feedContent', (d) => (d.feedContent = 'partial'), true)
good('feed content summary', SITE, (d) => (d.feedContent = 'summary'), true)

// Consent settings: a non-compliant banner must not be publishable.
const CONSENT = 'consentSettings'
const category = (d: any, key: string) => d.categories.find((c: any) => c.key === key)
bad('policy version zero', CONSENT, 'policyVersion', (d) => (d.policyVersion = 0), true)
bad('policy version not an integer', CONSENT, 'policyVersion', (d) => (d.policyVersion = 1.5), true)
bad('no policy date', CONSENT, 'policyDate', (d) => delete d.policyDate, true)
bad('privacy policy link javascript:', CONSENT, 'privacyPolicyUrl', (d) => (d.privacyPolicyUrl = 'javascript:alert(1)'), true)
good('privacy policy link https', CONSENT, (d) => (d.privacyPolicyUrl = 'https://example.org/privacy'), true)
bad('banner without reject label', CONSENT, 'banner', (d) => delete d.banner.rejectAllLabel, true)
bad('banner with blank reject label', CONSENT, 'banner', (d) => (d.banner.rejectAllLabel = ''), true)
bad('banner without text', CONSENT, 'banner', (d) => delete d.banner.text, true)
bad('no necessary category', CONSENT, 'categories', (d) => (d.categories = d.categories.filter((c: any) => c.key !== 'necessary')), true)
bad('necessary category not required', CONSENT, 'categories', (d) => (category(d, 'necessary').required = false), true)
bad('optional category enabled by default', CONSENT, 'categories', (d) => (category(d, 'analytics').defaultEnabled = true), true)
bad('two categories with the same key', CONSENT, 'categories', (d) => (category(d, 'embeds').key = 'analytics'), true)
bad('category key badly formed', CONSENT, 'categories', (d) => (category(d, 'embeds').key = 'Embeds!'), true)
bad('two services with the same key across categories', CONSENT, 'categories', (d) =>
  (category(d, 'embeds').services[0].key = 'meridian-analytics'), true)
bad('service without purpose', CONSENT, 'categories', (d) => delete category(d, 'analytics').services[0].purpose, true)
bad('service host with scheme', CONSENT, 'categories', (d) => (category(d, 'embeds').services[0].hosts = ['https://www.youtube.com/']), true)
bad('unknown consent mode signal', CONSENT, 'categories', (d) =>
  (category(d, 'analytics').services[0].consentModeSignals = ['everything']), true)
bad('placeholder without text', CONSENT, 'embedPlaceholder', (d) => delete d.embedPlaceholder.text, true)
bad('lifetime of 0 days', CONSENT, 'lifetimeDays', (d) => (d.lifetimeDays = 0), true)
bad('lifetime of 396 days', CONSENT, 'lifetimeDays', (d) => (d.lifetimeDays = 396), true)
bad('lifetime not whole days', CONSENT, 'lifetimeDays', (d) => (d.lifetimeDays = 30.5), true)
good('lifetime of 395 days', CONSENT, (d) => (d.lifetimeDays = 395), true)
good('lifetime of 1 day', CONSENT, (d) => (d.lifetimeDays = 1), true)
bad('GPC choice missing', CONSENT, 'honourGpc', (d) => delete d.honourGpc, true)

let run: ValidationRun

beforeAll(() => {
  const docs = cases.map((c) => c.doc)
  run = runSanityValidation(docs, seed)
}, 120_000)

describe('schema compiles', () => {
  it('has no schema errors', () => {
    expect(run.schemaProblems).toEqual([])
  })

  it('points every reference at the right document type', () => {
    expect(run.referenceTargets).toMatchObject({
      'article.authors': ['author'],
      'article.topics': ['topic'],
      'article.related': ['article'],
      'internalLink.reference': ['article'],
    })
  })

  it('orders articles by published date, newest first, by default', () => {
    expect(run.orderings[0]).toBe('publishedAtDesc')
  })

  it('previews an article with its authors and date', () => {
    expect(run.articlePreview).toMatchObject({ title: 'Headline', subtitle: 'Ada One and Ben Two · 2026-11-27' })
    expect(run.articlePreview.media).toBeDefined()
  })
})

describe('validation through Sanity', () => {
  it.each(cases.map((c, i) => [c.name, i] as const))('%s', (_name, index) => {
    const testCase = cases[index]!
    const result = run.results[index]!
    expect(result.id).toBe(testCase.doc._id)
    const errors = errorPaths(result.markers)
    if (testCase.errorAt === undefined) {
      expect(errors).toEqual([])
    } else {
      expect(errors.some((path) => path.startsWith(testCase.errorAt!))).toBe(true)
    }
  })
})
