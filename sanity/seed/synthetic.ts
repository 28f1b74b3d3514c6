// Deterministic synthetic datasets in the content model of docs/architecture.md, for benchmarks and planner tests.
// CLI: `tsx sanity/seed/synthetic.ts --articles 20000 [--authors 200] [--topics 24] [--drafts 50] [--seed 1] > out.ndjson`
import type { LakeDocument } from '../lake/engine/query-engine'

export type SyntheticOptions = {
  articles: number
  authors?: number
  topics?: number
  /** Articles that also get a draft (`drafts.<id>`) with an edited title. */
  drafts?: number
  seed?: number
}

/** mulberry32: small, fast, good enough for test data, and the same sequence everywhere. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const FIRST_NAMES = [
  'Amara', 'Benedikt', 'Chloé', 'Daniel', 'Elif', 'Farid', 'Grace', 'Hiroshi', 'Ines', 'Jonas', 'Kavya', 'Leila',
  'Mateo', 'Nadia', 'Olusegun', 'Priya', 'Quentin', 'Rosa', 'Samir', 'Tamsin', 'Ugo', 'Vera', 'Wen', 'Yusuf', 'Zofia',
]
const LAST_NAMES = [
  'Adeyemi', 'Bergström', 'Castillo', 'Dubois', 'Eriksen', 'Fitzgerald', 'García', 'Haddad', 'Ivanova', 'Jansen',
  'Kowalski', 'Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quinn', 'Rahman', 'Schneider', 'Tanaka',
  'Ulrich', 'Vasquez', 'Whitfield', 'Yilmaz', 'Zhang',
]
const ROLES = [
  'Senior Fellow, Security Programme', 'Research Director', 'Associate Fellow, Global Economy',
  'Visiting Scholar', 'Head of the Europe Programme', 'Research Analyst', 'Non-resident Fellow',
]
const TOPICS = [
  'Arms Control', 'Climate Security', 'Cyber Policy', 'Energy Transition', 'European Union', 'Global Trade',
  'Indo-Pacific', 'Migration', 'Middle East', 'NATO', 'Nuclear Deterrence', 'Sanctions', 'Sovereign Debt',
  'Space Policy', 'Supply Chains', 'Technology Governance', 'United Nations', 'Arctic', 'Africa', 'Latin America',
  'Public Health', 'Food Security', 'Maritime Security', 'Development Finance',
]
const SUBJECTS = [
  'the alliance', 'Brussels', 'the central bank', 'the coalition', 'the export regime', 'the treaty',
  'regional powers', 'the summit', 'negotiators', 'the sanctions package', 'the trade bloc', 'ministers',
  'the security council', 'creditors', 'the defence review', 'shipping insurers', 'the grid operator',
]
const VERBS = [
  'reshapes', 'undermines', 'strengthens', 'complicates', 'exposes', 'tests', 'redefines', 'delays', 'accelerates',
  'constrains', 'reopens', 'weakens', 'clarifies', 'shifts',
]
const OBJECTS = [
  'the balance of deterrence', 'long-term investment', 'maritime chokepoints', 'energy security',
  'the rules-based order', 'critical minerals', 'debt restructuring', 'border management', 'arms exports',
  'semiconductor supply', 'climate finance', 'nuclear verification', 'food prices', 'data flows',
]
const CLAUSES = [
  'according to officials familiar with the talks', 'despite objections from smaller members',
  'as inflation eases across the region', 'while the legal basis remains contested',
  'even as public support continues to fall', 'in a break with previous policy',
  'after months of quiet diplomacy', 'with consequences that will outlast the current government',
]
// Many places, each in a few per cent of articles, so full-text search has realistic selectivity.
const PLACES = (
  'Abuja Accra Addis-Ababa Almaty Amman Ankara Astana Asunción Baghdad Baku Bamako Bangkok Beirut Belgrade Berlin ' +
  'Bishkek Bogotá Brasília Bratislava Brussels Bucharest Budapest Cairo Canberra Caracas Chisinau Colombo Copenhagen ' +
  'Dakar Damascus Dhaka Djibouti Doha Dublin Dushanbe Freetown Geneva Gaborone Hanoi Harare Helsinki Islamabad ' +
  'Jakarta Juba Kabul Kampala Kathmandu Khartoum Kigali Kinshasa Kyiv Lagos Libreville Lima Lisbon Ljubljana Lomé ' +
  'London Luanda Lusaka Madrid Malabo Manila Maputo Minsk Mogadishu Montevideo Moscow Muscat Nairobi Naypyidaw ' +
  'Niamey Nicosia Nouakchott Oslo Ottawa Ouagadougou Panama Paris Phnom-Penh Prague Pretoria Quito Rabat Reykjavik ' +
  'Riga Riyadh Rome Santiago Sarajevo Seoul Singapore Skopje Sofia Stockholm Suva Taipei Tallinn Tashkent Tbilisi ' +
  'Tehran Tirana Tokyo Tripoli Tunis Ulaanbaatar Vienna Vientiane Vilnius Warsaw Washington Wellington Windhoek ' +
  'Yaoundé Yerevan Zagreb'
).split(' ')
const QUALIFIERS = [
  'quietly', 'abruptly', 'gradually', 'openly', 'decisively', 'reluctantly', 'unexpectedly', 'increasingly',
  'temporarily', 'permanently', 'deliberately', 'partially',
]

const HEADLINE_OPENERS = [
  'Why', 'How', 'What it means when', 'The case for rethinking how', 'Five years on:', 'Beyond the headlines:',
]

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

function sentence(rand: () => number): string {
  const verb = rand() < 0.3 ? `${pick(rand, QUALIFIERS)} ${pick(rand, VERBS)}` : pick(rand, VERBS)
  let text = `${pick(rand, SUBJECTS)} ${verb} ${pick(rand, OBJECTS)}`
  if (rand() < 0.3) text += ` in ${pick(rand, PLACES).replace('-', ' ')}`
  if (rand() < 0.4) text += `, ${pick(rand, CLAUSES)}`
  return `${capitalise(text)}.`
}

function pad(n: number, width = 5): string {
  return String(n).padStart(width, '0')
}

type Block = Record<string, unknown>

function makeBody(rand: () => number, articleIds: readonly string[], self: number): Block[] {
  let key = 0
  const nextKey = () => `k${(key++).toString(36)}`
  const blocks: Block[] = []
  const paragraphs = 4 + Math.floor(rand() * 5)
  for (let p = 0; p < paragraphs; p++) {
    if (p > 0 && rand() < 0.25) {
      blocks.push({
        _type: 'block', _key: nextKey(), style: 'h2', markDefs: [],
        children: [{ _type: 'span', _key: nextKey(), text: capitalise(pick(rand, OBJECTS)), marks: [] }],
      })
    }
    const markDefs: Block[] = []
    const children: Block[] = []
    const sentences = 2 + Math.floor(rand() * 4)
    for (let s = 0; s < sentences; s++) {
      const text = (s > 0 ? ' ' : '') + sentence(rand)
      const roll = rand()
      if (roll < 0.1) {
        const mark = nextKey()
        markDefs.push({ _type: 'link', _key: mark, href: `https://example.org/reports/${pad(Math.floor(rand() * 9999), 4)}` })
        children.push({ _type: 'span', _key: nextKey(), text, marks: [mark] })
      } else if (roll < 0.18 && articleIds.length > 1) {
        const mark = nextKey()
        let target = Math.floor(rand() * articleIds.length)
        if (target === self) target = (target + 1) % articleIds.length
        markDefs.push({ _type: 'internalLink', _key: mark, reference: { _type: 'reference', _ref: articleIds[target] } })
        children.push({ _type: 'span', _key: nextKey(), text, marks: [mark] })
      } else if (roll < 0.28) {
        children.push({ _type: 'span', _key: nextKey(), text, marks: [rand() < 0.5 ? 'strong' : 'em'] })
      } else {
        children.push({ _type: 'span', _key: nextKey(), text, marks: [] })
      }
    }
    const style = rand() < 0.08 ? 'blockquote' : 'normal'
    const list = style === 'normal' && rand() < 0.08 ? { listItem: rand() < 0.5 ? 'bullet' : 'number', level: 1 } : {}
    blocks.push({ _type: 'block', _key: nextKey(), style, markDefs, children, ...list })
    if (rand() < 0.04) {
      blocks.push({
        _type: 'embed', _key: nextKey(), service: 'youtube',
        url: `https://www.youtube.com/watch?v=${slugify(pick(rand, OBJECTS)).slice(0, 11)}`,
        title: `Briefing: ${pick(rand, OBJECTS)}`,
      })
    }
  }
  return blocks
}

function distinctRefs(rand: () => number, ids: readonly string[], count: number, exclude?: string): Block[] {
  const chosen = new Set<string>()
  const max = Math.min(count, ids.length - (exclude ? 1 : 0))
  while (chosen.size < max) {
    const id = pick(rand, ids)
    if (id !== exclude) chosen.add(id)
  }
  return [...chosen].map((id, i) => ({ _type: 'reference', _key: `r${i}`, _ref: id }))
}

export function generateSyntheticDataset(options: SyntheticOptions): LakeDocument[] {
  const { articles, authors = Math.max(5, Math.ceil(articles / 100)), topics = Math.min(24, TOPICS.length), drafts = 0 } =
    options
  const rand = prng(options.seed ?? 1)
  const createdAt = '2014-01-01T00:00:00Z'
  const docs: LakeDocument[] = []

  const authorIds: string[] = []
  for (let i = 0; i < authors; i++) {
    const name = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length]}`
    const id = `author-${pad(i)}`
    authorIds.push(id)
    docs.push({
      _id: id, _type: 'author', _rev: `rev-${id}`, _createdAt: createdAt, _updatedAt: createdAt,
      name, slug: { _type: 'slug', current: `${slugify(name)}-${i}` }, role: pick(rand, ROLES),
      bio: `${name} writes on ${pick(rand, OBJECTS)} and ${pick(rand, OBJECTS)}.`,
      links: [{ _key: 'l0', label: 'Profile', url: `https://example.org/people/${slugify(name)}` }],
    })
  }

  const topicIds: string[] = []
  for (let i = 0; i < topics; i++) {
    const title = i < TOPICS.length ? TOPICS[i]! : `${TOPICS[i % TOPICS.length]} ${Math.floor(i / TOPICS.length) + 1}`
    const id = `topic-${pad(i, 3)}`
    topicIds.push(id)
    docs.push({
      _id: id, _type: 'topic', _rev: `rev-${id}`, _createdAt: createdAt, _updatedAt: createdAt,
      title, slug: { _type: 'slug', current: slugify(title) },
      description: `Analysis and commentary on ${title.toLowerCase()}: ${sentence(rand)}`,
    })
  }

  const articleIds = Array.from({ length: articles }, (_, i) => `article-${pad(i)}`)
  const start = Date.parse('2015-01-01T00:00:00Z')
  const span = Date.parse('2026-06-30T00:00:00Z') - start
  for (let i = 0; i < articles; i++) {
    const id = articleIds[i]!
    const title = `${pick(rand, HEADLINE_OPENERS)} ${pick(rand, SUBJECTS)} ${pick(rand, VERBS)} ${pick(rand, OBJECTS)}`
    // Whole minutes, so some articles share a publication time (ties matter to ordering).
    const publishedAt = new Date(start + Math.floor((rand() * span) / 60000) * 60000).toISOString()
    const updated = rand() < 0.2 ? new Date(Date.parse(publishedAt) + Math.floor(rand() * 30) * 86400000) : null
    const doc: LakeDocument = {
      _id: id, _type: 'article', _rev: `rev-${id}`, _createdAt: publishedAt, _updatedAt: updated?.toISOString() ?? publishedAt,
      title: title.slice(0, 140),
      slug: { _type: 'slug', current: `${slugify(title).slice(0, 80)}-${i}` },
      standfirst: `${sentence(rand)} ${sentence(rand)}`.slice(0, 320),
      authors: distinctRefs(rand, authorIds, 1 + Math.floor(rand() * 2)),
      topics: distinctRefs(rand, topicIds, 1 + Math.floor(rand() * 3)),
      publishedAt,
      body: makeBody(rand, articleIds, i),
    }
    if (updated) doc.updatedAt = updated.toISOString()
    if (articles > 1 && rand() < 0.6) doc.related = distinctRefs(rand, articleIds, 1 + Math.floor(rand() * 4), id)
    if (rand() < 0.03) doc.corrections = [{ _key: 'c0', _type: 'correction', date: doc._updatedAt, text: 'An earlier version misstated a date.' }]
    docs.push(doc)
  }

  for (let i = 0; i < Math.min(drafts, articles); i++) {
    const published = docs[authors + topics + Math.floor((i * articles) / Math.max(drafts, 1))]!
    docs.push({ ...published, _id: `drafts.${published._id}`, _rev: `rev-drafts-${i}`, title: `${String(published.title)} (draft)` })
  }
  return docs
}

function parseArgs(argv: string[]): SyntheticOptions {
  const options: Record<string, number> = { articles: 1000 }
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i]?.replace(/^--/, '')
    const value = Number(argv[i + 1])
    if (!name || !['articles', 'authors', 'topics', 'drafts', 'seed'].includes(name) || !Number.isInteger(value) || value < 0) {
      throw new Error(`usage: synthetic.ts [--articles N] [--authors N] [--topics N] [--drafts N] [--seed N] (bad: ${argv[i]} ${argv[i + 1]})`)
    }
    options[name] = value
  }
  return options as SyntheticOptions
}

if (process.argv[1]?.endsWith('synthetic.ts')) {
  try {
    const docs = generateSyntheticDataset(parseArgs(process.argv.slice(2)))
    const chunk: string[] = []
    for (const doc of docs) {
      chunk.push(JSON.stringify(doc))
      if (chunk.length === 1000) process.stdout.write(chunk.splice(0).join('\n') + '\n')
    }
    if (chunk.length > 0) process.stdout.write(chunk.join('\n') + '\n')
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 2
  }
}
