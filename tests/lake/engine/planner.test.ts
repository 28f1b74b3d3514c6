import { isDeepStrictEqual } from 'node:util'
import { type LakeDocument, type Perspective, QueryEngine } from '@/sanity/lake/engine/query-engine'
import { generateSyntheticDataset } from '@/sanity/seed/synthetic'
import { RELATED_CANDIDATES_QUERY } from '@/lib/content/queries'

// The planner must never change a result: every query is run with the planner and by brute force
// (planner disabled) over the same documents, in every perspective, and the answers compared.

function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), a | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A synthetic dataset plus the awkward cases: missing, mistyped and tied sort keys, odd slugs, odd text. */
function awkwardDataset(): LakeDocument[] {
  const docs = generateSyntheticDataset({ articles: 120, authors: 8, topics: 8, drafts: 12, seed: 7 })
  const articles = docs.filter((d) => d._type === 'article' && !d._id.startsWith('drafts.'))
  articles[0]!.publishedAt = undefined
  delete articles[1]!.publishedAt
  articles[2]!.publishedAt = 20240101
  articles[3]!.publishedAt = true
  articles[4]!.publishedAt = articles[5]!.publishedAt
  articles[6]!.publishedAt = articles[5]!.publishedAt
  articles[7]!.slug = [{ current: 'array-slug' }]
  articles[8]!.slug = { current: articles[9]!.slug && (articles[9]!.slug as { current: string }).current }
  articles[10]!.title = 'Talks in İstanbul and \u212Aelvin on U.S. policy: e.g. NAIROBI'
  articles[11]!.title = ['nairobi', 42, 'Treaty']
  articles[12]!._ref = 'topic-001'
  articles[13]!.topics = [{ _ref: 42 }, { _type: 'reference', _ref: 'topic-002' }]
  docs.push({ _id: 'odd-type', _type: 42 as unknown as string, title: 'Number type' })
  docs.push({ _id: 'versions.r1.article-00020', _type: 'article', title: 'Release copy', publishedAt: '2030-01-01T00:00:00Z' })
  return docs
}

const PERSPECTIVES: Perspective[] = ['raw', 'published', 'drafts']

const FIXED_QUERIES: Array<[string, Record<string, unknown>]> = [
  ['*[_type == "article" && slug.current == $slug][0]{title, "authors": authors[]->{name}, "topics": topics[]->title, "related": related[]->{title, slug}}', { slug: 'SLUG' }],
  ['*[_type == "article"] | order(publishedAt desc)[0...20]{_id, title, publishedAt}', {}],
  ['*[_type == "article"] | order(publishedAt asc)[0...7]._id', {}],
  ['*[_type == "article"] | order(publishedAt desc, _id desc)[3...9]._id', {}],
  ['*[_type == "article"] | order(publishedAt desc)[0]._id', {}],
  ['*[_type == "article"] | order(publishedAt desc)[-3...-1]._id', {}],
  ['*[_type == "article"] | order(nosuchfield desc)[0...5]._id', {}],
  ['*[_type == "article"] | order(title)[0..4]._id', {}],
  ['*[_type == "article" && references($topic)] | order(publishedAt desc)[0...10]{_id, title}', { topic: 'topic-001' }],
  ['*[_type == "article" && references(*[_type == "topic" && slug.current == $t][0]._id)] | order(publishedAt desc)[0...10]._id', { t: 'cyber-policy' }],
  ['*[_type == "article" && references(*[_type == "topic" && slug.current == $t]._id)]._id', { t: 'arms-control' }],
  ['*[_type == "author"]{name, "count": count(*[_type == "article" && references(^._id)]), "latest": *[_type == "article" && references(^._id)] | order(publishedAt desc)[0]._id}', {}],
  ['*[_type == "topic"]{title, "n": count(*[_type == "article" && ^._id in topics[]._ref])}', {}],
  ['*[_type == "article" && pt::text(body) match $q] | score(pt::text(body) match $q) | order(_score desc)[0...10]{_id, _score}', { q: 'nairobi treaty' }],
  ['*[_type == "article" && title match $q]._id', { q: 'NAIROBI' }],
  ['*[_type == "article" && title match $q]._id', { q: 'nair*' }],
  ['*[_type == "article" && title match $q]._id', { q: 'istanbul' }],
  ['*[_type == "article" && title match $q]._id', { q: 'kelvin' }],
  ['*[_type == "article" && title match $q]._id', { q: 'u.s' }],
  ['*[_type == "article" && title match $q]._id', { q: ['treaty', 'nairobi'] }],
  ['*[_type == "article" && title match $q]._id', { q: '' }],
  ['*[_type == "article" && pt::text(body) match "chokepoints" && !(title match "why")][0...15]._id', {}],
  ['*[_id in $ids]{_id, title}', { ids: ['article-00003', 'drafts.article-00000', 'article-00003', 'nope'] }],
  ['*[_type in ["topic", "author"]]._id', {}],
  ['*[slug.current in $slugs]._id', { slugs: ['array-slug', 'SLUG'] }],
  // The site's own related-articles query: a hoisted subquery feeding references() inside a top-N walk.
  [RELATED_CANDIDATES_QUERY, { slug: 'SLUG', limit: 16 }],
  ['*[references($refs)]._id', { refs: ['topic-002', 'author-00001'] }],
  ['*[references("topic-001")]._id', {}],
  ['*[_type == "article" || _type == "author"][0...30]._id', {}],
  ['*[!(_type == "article")]._id', {}],
  ['*[_type != "article"]._id', {}],
  ['*[_type == 42]._id', {}],
  ['*[_type == $type][0...5]', { type: 7 }],
  ['*[_id == "article-00005"][0]._id', {}],
  ['*[_type == "article"][5...12]._id', {}],
  ['*[_type == "article"][-2]._id', {}],
  ['count(*[_type == "article"])', {}],
  ['*[_type == "article" && defined(related)][0...25]{_id, "rel": related[]->_id}', {}],
  ['{"latest": *[_type == "article"] | order(publishedAt desc)[0...3]._id, "topics": *[_type == "topic"]._id}', {}],
  ['*[_type == "article" && _id in *[_type == "article" && publishedAt > "2025-01-01"]._id][0...5]._id', {}],
  ['*[_type == "article"][0...5]{_id, "same": *[_type == "article" && slug.current == ^.slug.current]._id}', {}],
  ['*[_type == "article" && count(*[_type == "topic"]) > 3][0...3]._id', {}],
  ['*[_type == "article"] | order(publishedAt desc) | order(_id)[0...5]._id', {}],
]

function compare(planned: QueryEngine, brute: QueryEngine, query: string, params: Record<string, unknown>) {
  for (const perspective of PERSPECTIVES) {
    const expected = brute.query(query, params, perspective)
    const actual = planned.query(query, params, perspective)
    if (!isDeepStrictEqual(actual, expected)) {
      throw new Error(`planned result differs for ${perspective}: ${query} ${JSON.stringify(params)}\n` +
        `expected ${JSON.stringify(expected).slice(0, 400)}\nactual   ${JSON.stringify(actual).slice(0, 400)}`)
    }
  }
}

/** Random filters from conjunctions/disjunctions of indexable and non-indexable terms, with and without order/slice. */
function randomQuery(rand: () => number, docs: LakeDocument[]): [string, Record<string, unknown>] {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!
  const someSlug = () => {
    const withSlug = docs.filter((d) => typeof (d.slug as { current?: unknown } | undefined)?.current === 'string')
    return (pick(withSlug).slug as { current: string }).current
  }
  const params: Record<string, unknown> = {}
  let n = 0
  const param = (value: unknown) => {
    const name = `p${n++}`
    params[name] = value
    return `$${name}`
  }
  const atoms = [
    () => `_type == ${param(pick(['article', 'author', 'topic', 'nope']))}`,
    () => `_type == "article"`,
    () => `slug.current == ${param(rand() < 0.8 ? someSlug() : 'missing')}`,
    () => `_id == ${param(pick(docs)._id)}`,
    () => `references(${param(pick(['topic-001', 'topic-003', 'author-00002', 'article-00010', 'none']))})`,
    () => `pt::text(body) match ${param(pick(['nairobi', 'treaty', 'Nairobi Treaty', 'chok*', 'u.s', 'deterrence!', 'kyiv']))}`,
    () => `title match ${param(pick(['why', 'how*', 'NAIROBI', 'the']))}`,
    () => `publishedAt > ${param(pick(['2016-01-01', '2020-06-01', '2025-01-01']))}`,
    () => `defined(related)`,
    () => `count(authors) > 1`,
    () => `_id in ${param(docs.slice(0, 40).filter(() => rand() < 0.3).map((d) => d._id))}`,
  ]
  const term = (depth: number): string => {
    const r = rand()
    if (depth < 2 && r < 0.15) return `(${term(depth + 1)} || ${term(depth + 1)})`
    if (depth < 2 && r < 0.22) return `!(${term(depth + 1)})`
    return pick(atoms)()
  }
  const filter = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => term(0)).join(' && ')
  const order = pick(['', ' | order(publishedAt desc)', ' | order(publishedAt asc)', ' | order(title desc, _id)', ' | order(_createdAt desc)'])
  const slice = pick(['', '[0...5]', '[0...20]', '[2...8]', '[0]', '[3]', '[-1]'])
  const projection = pick(['._id', '{_id, "a": authors[]->name}', '{_id}'])
  return [`*[${filter}]${order}${slice}${projection}`, params]
}

describe('query planner', () => {
  const docs = awkwardDataset()
  const slug = (docs.find((d) => d._id === 'article-00042')!.slug as { current: string }).current

  it('gives the brute-force result for fixed queries, including ones it must not narrow', () => {
    const planned = new QueryEngine(docs)
    const brute = new QueryEngine(docs, { planner: false })
    for (const [query, params] of FIXED_QUERIES) {
      const p = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v === 'SLUG' ? slug : v]))
      compare(planned, brute, query, p)
    }
  })

  it('gives the brute-force result for random queries, before and after transactions', () => {
    const rand = prng(99)
    const planned = new QueryEngine(docs)
    const brute = new QueryEngine(docs, { planner: false })
    for (let i = 0; i < 150; i++) compare(planned, brute, ...randomQuery(rand, docs))

    // Edits, drafts, deletes and new documents go through the incremental index maintenance.
    const current = new Map(docs.map((d) => [d._id, d]))
    for (let t = 0; t < 20; t++) {
      const changes: Array<{ id: string; document: LakeDocument | null }> = []
      for (let c = 0; c < 3; c++) {
        const target = [...current.values()][Math.floor(rand() * current.size)]!
        const r = rand()
        if (r < 0.2) {
          changes.push({ id: target._id, document: null })
          current.delete(target._id)
        } else if (r < 0.5 && !target._id.startsWith('drafts.')) {
          const draft = { ...target, _id: `drafts.${target._id}`, title: `Draft ${t}`, publishedAt: '2099-01-01T00:00:00Z' }
          changes.push({ id: draft._id, document: draft })
          current.set(draft._id, draft)
        } else {
          const edited: LakeDocument = {
            ...target,
            title: `Nairobi edit ${t}`,
            publishedAt: rand() < 0.5 ? target.publishedAt : '2026-07-01T00:00:00Z',
            topics: [{ _type: 'reference', _key: 'x', _ref: 'topic-00' + String(Math.floor(rand() * 8)) }],
            slug: { current: `edited-${t}-${c}` },
          }
          changes.push({ id: edited._id, document: edited })
          current.set(edited._id, edited)
        }
      }
      planned.applyChanges(changes)
      brute.applyChanges(changes)
      for (let i = 0; i < 5; i++) compare(planned, brute, ...randomQuery(rand, [...current.values()]))
      compare(planned, brute, '*[_type == "article"] | order(publishedAt desc)[0...10]._id', {})
    }
  })
})
