import { z } from 'zod'
import { articleTag, authorTag, tagsForChangedDocument, topicTag, type ContentTag } from './cache-tags'

/**
 * What the revalidation webhook sends (sanity/webhooks.ts holds the GROQ projection that produces it, for the
 * local lake and for a hosted Sanity webhook alike): the document before and after the change, the slugs of the
 * authors and topics it named, and the slugs of the articles that reference it. Pure: the route checks the
 * signature and calls `revalidateTag`; this decides which tags.
 */
const slugList = z
  .array(z.string().nullable())
  .nullish()
  .transform((list) => (list ?? []).filter((s): s is string => typeof s === 'string' && s !== ''))

const documentState = z
  .object({
    _id: z.string().min(1),
    _type: z.string().min(1),
    slug: z.union([z.string(), z.object({ current: z.string().optional() }).passthrough()]).nullish(),
    authors: slugList,
    topics: slugList,
  })
  .passthrough()

export const revalidationPayloadSchema = z
  .object({
    _id: z.string().min(1),
    _type: z.string().min(1),
    slug: z.union([z.string(), z.object({ current: z.string().optional() }).passthrough()]).nullish(),
    before: documentState.nullish(),
    after: documentState.nullish(),
    referencingArticles: slugList,
  })
  .passthrough()

export type RevalidationPayload = z.output<typeof revalidationPayloadSchema>

/**
 * Every tag the change invalidates: the document's own tags before and after (so a slug change refreshes the old
 * slug too), the author and topic pages an article appeared on before or appears on now, and each article that
 * references the document (its byline, topic chips, related cards or links show the changed values).
 */
export function tagsForRevalidation(payload: RevalidationPayload): ContentTag[] {
  const tags = new Set<ContentTag>()
  const states = [payload.before, payload.after].filter((s) => s !== null && s !== undefined)
  // A webhook whose projection is the plain document (no before/after) still refreshes that document.
  if (states.length === 0) states.push({ _id: payload._id, _type: payload._type, slug: payload.slug, authors: [], topics: [] })
  for (const state of states) {
    for (const tag of tagsForChangedDocument(state)) tags.add(tag)
    if (state._id.startsWith('drafts.') || state._id.startsWith('versions.')) continue
    for (const slug of state.authors) tags.add(authorTag(slug))
    for (const slug of state.topics) tags.add(topicTag(slug))
  }
  const published = !payload._id.startsWith('drafts.') && !payload._id.startsWith('versions.')
  if (published) for (const slug of payload.referencingArticles) tags.add(articleTag(slug))
  return [...tags]
}
