/**
 * The project's GROQ-powered webhooks, in the shape of a hosted Sanity webhook (Manage → API → Webhooks), so the
 * site's revalidation route gets the same body in both worlds. The local lake reads this list and sends them after
 * each commit (sanity/lake/webhooks.ts); for a hosted project, create a webhook with exactly these values.
 * Pure: no secrets are read here beyond what the caller passes in.
 */
export type WebhookTrigger = 'create' | 'update' | 'delete'

export type WebhookDefinition = {
  name: string
  url: string
  dataset: string
  on: WebhookTrigger[]
  /** GROQ filter (delta mode: `before()`, `after()`, `delta::*` allowed). Empty matches every document. */
  filter: string
  /** GROQ projection of the body, e.g. `{_id, "before": before(){...}}`. Empty sends the document itself. */
  projection: string
  /** Signs the body (`sanity-webhook-signature`); unsigned when absent. */
  secret?: string
  /** Like Sanity's "Trigger webhook when drafts are modified"; off by default. */
  includeDrafts?: boolean
}

/** Document types whose published changes show on the site. */
export const REVALIDATED_TYPES = ['article', 'author', 'topic', 'page', 'siteSettings', 'consentSettings'] as const

export const REVALIDATE_FILTER = `_type in [${REVALIDATED_TYPES.map((t) => `"${t}"`).join(', ')}]`

/**
 * The body lib/content/revalidation.ts expects: the document's state before and after, the author and topic slugs
 * an article named (their pages list it), and the slugs of articles referencing the document.
 */
export const REVALIDATE_PROJECTION = `{
  _id,
  _type,
  "slug": slug.current,
  "before": before(){_id, _type, "slug": slug.current, "authors": authors[]->slug.current, "topics": topics[]->slug.current},
  "after": after(){_id, _type, "slug": slug.current, "authors": authors[]->slug.current, "topics": topics[]->slug.current},
  "referencingArticles": *[_type == "article" && references(^._id) && !(_id in path("drafts.**"))].slug.current
}`

export const DEFAULT_LOCAL_WEBHOOK_URL = 'http://localhost:3000/api/revalidate'

/**
 * The revalidation webhook for a dataset, or none when no URL is configured (`LAKE_WEBHOOK_URL`; `npm run dev`
 * and `npm start` set it to the site they start). The secret is the site's SANITY_REVALIDATE_SECRET.
 */
export function revalidationWebhooks(env: {
  LAKE_WEBHOOK_URL?: string
  SANITY_REVALIDATE_SECRET?: string
  dataset: string
}): WebhookDefinition[] {
  const url = env.LAKE_WEBHOOK_URL?.trim()
  if (!url || url === 'off') return []
  if (!/^https?:\/\/\S+$/.test(url)) throw new Error(`LAKE_WEBHOOK_URL must be an http(s) URL, got "${url}"`)
  const secret = env.SANITY_REVALIDATE_SECRET?.trim()
  return [
    {
      name: 'Revalidate the site',
      url,
      dataset: env.dataset,
      on: ['create', 'update', 'delete'],
      filter: REVALIDATE_FILTER,
      projection: REVALIDATE_PROJECTION,
      ...(secret ? { secret } : {}),
    },
  ]
}
