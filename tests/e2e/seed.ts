/**
 * What the browser tests expect to see, read straight from the seed NDJSON the lake was started with
 * (never through the app's own content code, so a bug there cannot hide itself).
 */
import fs from 'node:fs'
import path from 'node:path'

export const DEFAULT_SEED_PATH = path.join(process.cwd(), 'sanity', 'seed', 'seed.ndjson')

type Ref = { _ref: string }
type Span = { _type: string; text?: string }
type BodyBlock = { _type: string; style?: string; children?: Span[] }

type RawDoc = {
  _id: string
  _type: string
  title?: string
  name?: string
  slug?: { current?: string }
  standfirst?: string
  bio?: string
  description?: string
  authors?: Ref[]
  topics?: Ref[]
  body?: BodyBlock[]
}

export type SeedAuthor = { id: string; name: string; slug: string; bio: string }
export type SeedTopic = { id: string; title: string; slug: string }
export type SeedArticle = {
  id: string
  title: string
  slug: string
  standfirst: string
  authors: SeedAuthor[]
  topics: SeedTopic[]
  /** Plain text of every text block of the body (paragraphs, headings, quotes, list items), in order. */
  paragraphs: string[]
}

export type Seed = {
  articles: SeedArticle[]
  authors: SeedAuthor[]
  topics: SeedTopic[]
  /** Articles that exist only as drafts (`drafts.<id>` with no published `<id>`). */
  draftOnly: { slug: string; title: string }[]
}

/** Collapses runs of whitespace, as a browser does when it lays out text. */
export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function blockText(block: BodyBlock): string {
  return normaliseText((block.children ?? []).map((span) => span.text ?? '').join(''))
}

function required<T>(value: T | undefined, doc: RawDoc, field: string): T {
  if (value === undefined || value === null || value === '') {
    throw new Error(`seed document ${doc._id} (${doc._type}) has no ${field}`)
  }
  return value
}

export function parseSeed(ndjson: string): Seed {
  const docs: RawDoc[] = ndjson
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        return JSON.parse(line) as RawDoc
      } catch (err) {
        throw new Error(`seed line ${index + 1} is not JSON: ${(err as Error).message}`)
      }
    })
  const published = docs.filter((d) => !d._id.startsWith('drafts.'))
  const publishedIds = new Set(published.map((d) => d._id))

  const authors = new Map<string, SeedAuthor>()
  for (const d of published.filter((doc) => doc._type === 'author')) {
    authors.set(d._id, {
      id: d._id,
      name: required(d.name, d, 'name'),
      slug: required(d.slug?.current, d, 'slug'),
      bio: required(d.bio, d, 'bio'),
    })
  }
  const topics = new Map<string, SeedTopic>()
  for (const d of published.filter((doc) => doc._type === 'topic')) {
    topics.set(d._id, { id: d._id, title: required(d.title, d, 'title'), slug: required(d.slug?.current, d, 'slug') })
  }
  const resolve = <T>(refs: Ref[] | undefined, map: Map<string, T>, doc: RawDoc, field: string): T[] =>
    (refs ?? []).map((ref) => {
      const found = map.get(ref._ref)
      if (!found) throw new Error(`seed article ${doc._id}: ${field} references missing ${ref._ref}`)
      return found
    })

  const articles: SeedArticle[] = published
    .filter((d) => d._type === 'article')
    .map((d) => ({
      id: d._id,
      title: required(d.title, d, 'title'),
      slug: required(d.slug?.current, d, 'slug'),
      standfirst: required(d.standfirst, d, 'standfirst'),
      authors: resolve(d.authors, authors, d, 'authors'),
      topics: resolve(d.topics, topics, d, 'topics'),
      paragraphs: (d.body ?? [])
        .filter((b) => b._type === 'block')
        .map(blockText)
        .filter((text) => text !== ''),
    }))

  const draftOnly = docs
    .filter((d) => d._type === 'article' && d._id.startsWith('drafts.'))
    .filter((d) => !publishedIds.has(d._id.slice('drafts.'.length)))
    .map((d) => ({ slug: required(d.slug?.current, d, 'slug'), title: required(d.title, d, 'title') }))

  return { articles, authors: [...authors.values()], topics: [...topics.values()], draftOnly }
}

export function loadSeed(seedPath: string = process.env.SEED_PATH ?? DEFAULT_SEED_PATH): Seed {
  return parseSeed(fs.readFileSync(seedPath, 'utf8'))
}

/**
 * A search term that finds `article`: the word of its title (5+ letters) that the fewest other
 * articles mention in their title or standfirst, so the article is near the top of the results.
 */
export function searchTermFor(article: SeedArticle, all: SeedArticle[]): string {
  const words = article.title.match(/[A-Za-z]{5,}/g) ?? []
  if (words.length === 0) throw new Error(`no word of 5+ letters in the title of ${article.id}`)
  const mentions = (word: string) =>
    all.filter((a) => `${a.title} ${a.standfirst}`.toLowerCase().includes(word.toLowerCase())).length
  return [...words].sort((a, b) => mentions(a) - mentions(b))[0]!
}

export type ReaderPage = { name: string; path: string; status: number }

/** One URL of each reader page type, chosen from the seed: what the accessibility and HTML checks visit. */
export function readerPages(seed: Seed): ReaderPage[] {
  const article = seed.articles[0]
  if (!article) throw new Error('the seed has no published article')
  const author = article.authors[0]
  const topic = article.topics[0]
  if (!author || !topic) throw new Error(`seed article ${article.id} has no author or no topic`)
  return [
    { name: 'home', path: '/', status: 200 },
    { name: 'article', path: `/articles/${article.slug}`, status: 200 },
    { name: 'author', path: `/authors/${author.slug}`, status: 200 },
    { name: 'topic', path: `/topics/${topic.slug}`, status: 200 },
    { name: 'search', path: `/search?q=${encodeURIComponent(searchTermFor(article, seed.articles))}`, status: 200 },
    { name: 'not-found', path: '/articles/no-such-article-e2e', status: 404 },
  ]
}
