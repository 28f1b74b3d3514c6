import type { BodyItem, SeedImage } from '../portable-text'

/** One article as written for the seed; the builder turns it into a Sanity document. Ids omit the `article-` prefix. */
export type SeedArticle = {
  id: string
  slug?: string
  title: string
  standfirst: string
  authors: string[]
  topics: string[]
  publishedAt: string
  updatedAt?: string
  mainImage?: SeedImage
  body: BodyItem[]
  related?: string[]
  corrections?: { date: string; text: string }[]
  seo?: { title?: string; description?: string; canonicalUrl?: string; noindex?: boolean }
}

export type SeedAuthor = {
  id: string
  name: string
  role: string
  bio: string
  portrait: SeedImage
  links: { label: string; url: string }[]
}

export type SeedTopic = { id: string; title: string; description: string }
