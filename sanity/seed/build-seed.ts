/**
 * Builds seed.ndjson (Sanity's export format) from the content modules. Deterministic: the same input
 * always gives the same file, so `git diff` shows real content changes only.
 * Run: npx tsx sanity/seed/build-seed.ts
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { draftOnlyArticle, styleGuideArticle } from './content/articles-special'
import { economyArticles } from './content/articles-economy'
import { securityArticles } from './content/articles-security'
import { worldArticles } from './content/articles-world'
import { seedPages } from './content/pages'
import { seedAuthors, seedTopics } from './content/people'
import { consentSettings, siteSettings } from './content/settings'
import type { SeedArticle } from './content/types'
import { imageValue, keyMaker, portableText } from './portable-text'

export type SeedDocument = { _id: string; _type: string; [field: string]: unknown }

/** Fixed creation time for documents that carry no date of their own. */
const SEED_CREATED_AT = '2026-06-01T09:00:00Z'

const reference = (id: string, key?: string) => ({ _type: 'reference', _ref: id, ...(key ? { _key: key } : {}) })

export const publishedSeedArticles: SeedArticle[] = [
  ...securityArticles,
  ...economyArticles,
  ...worldArticles,
  styleGuideArticle,
].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))

function articleDocument(article: SeedArticle, draft = false): SeedDocument {
  const key = keyMaker('k')
  const id = `article-${article.id}`
  return {
    _id: draft ? `drafts.${id}` : id,
    _type: 'article',
    _createdAt: article.publishedAt < SEED_CREATED_AT ? article.publishedAt : SEED_CREATED_AT,
    _updatedAt: article.updatedAt ?? article.publishedAt,
    title: article.title,
    slug: { _type: 'slug', current: article.slug ?? article.id },
    standfirst: article.standfirst,
    authors: article.authors.map((a) => reference(`author-${a}`, key())),
    publishedAt: article.publishedAt,
    ...(article.updatedAt ? { updatedAt: article.updatedAt } : {}),
    ...(article.mainImage ? { mainImage: imageValue('image', article.mainImage) } : {}),
    body: portableText(article.body, key),
    topics: article.topics.map((t) => reference(`topic-${t}`, key())),
    ...(article.related ? { related: article.related.map((r) => reference(`article-${r}`, key())) } : {}),
    ...(article.corrections
      ? { corrections: article.corrections.map((c) => ({ _type: 'correction', _key: key(), ...c })) }
      : {}),
    ...(article.seo ? { seo: { _type: 'seo', ...article.seo } } : {}),
  }
}

export function buildSeedDocuments(): SeedDocument[] {
  const topics = seedTopics.map((t) => ({
    _id: `topic-${t.id}`,
    _type: 'topic',
    _createdAt: SEED_CREATED_AT,
    _updatedAt: SEED_CREATED_AT,
    title: t.title,
    slug: { _type: 'slug', current: t.id },
    description: t.description,
  }))
  const authors = seedAuthors.map((a) => {
    const key = keyMaker('k')
    return {
      _id: `author-${a.id}`,
      _type: 'author',
      _createdAt: SEED_CREATED_AT,
      _updatedAt: SEED_CREATED_AT,
      name: a.name,
      slug: { _type: 'slug', current: a.id },
      role: a.role,
      bio: a.bio,
      portrait: imageValue('image', a.portrait),
      links: a.links.map((l) => ({ _type: 'authorLink', _key: key(), ...l })),
    }
  })
  const pages = seedPages.map((p) => ({
    _id: `page-${p.id}`,
    _type: 'page',
    _createdAt: SEED_CREATED_AT,
    _updatedAt: p.updatedAt,
    title: p.title,
    slug: { _type: 'slug', current: p.slug },
    body: portableText(p.body, keyMaker('k')),
    updatedAt: p.updatedAt,
  }))
  const singletons = [
    { ...siteSettings, _createdAt: SEED_CREATED_AT, _updatedAt: SEED_CREATED_AT },
    { ...consentSettings, _createdAt: SEED_CREATED_AT, _updatedAt: SEED_CREATED_AT },
  ]
  return [
    ...singletons,
    ...topics,
    ...authors,
    ...publishedSeedArticles.map((a) => articleDocument(a)),
    ...pages,
    articleDocument(draftOnlyArticle, true),
  ]
}

export function seedNdjson(): string {
  return buildSeedDocuments()
    .map((doc) => JSON.stringify(doc))
    .join('\n')
    .concat('\n')
}

export const SEED_NDJSON_PATH = join(__dirname, 'seed.ndjson')

if (process.argv[1] && /build-seed\.ts$/.test(process.argv[1])) {
  writeFileSync(SEED_NDJSON_PATH, seedNdjson())
  console.log(`wrote ${buildSeedDocuments().length} documents to ${SEED_NDJSON_PATH}`)
}
