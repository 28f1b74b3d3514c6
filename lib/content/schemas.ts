import { z } from 'zod'
import { baseImageUrl, parseImageAssetRef } from './image'
import type {
  ArticleSummary,
  AuthorLink,
  AuthorProfile,
  AuthorSummary,
  ConsentSettings,
  NavLink,
  SanityImage,
  SiteSettings,
  Topic,
  TopicSummary,
} from './types'

/**
 * One zod schema per query result (queries.ts). They turn the raw GROQ projections (`_id`, nulls for
 * missing fields) into the shaped types of types.ts. Bodies stay `unknown[]` here: portable-text.ts
 * validates them block by block.
 */

// GROQ projects a missing field as null; the site's types use `undefined`.
const optionalString = z
  .string()
  .nullish()
  .transform((v) => v ?? undefined)
const requiredText = z.string().trim().min(1, 'must not be empty')
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'is not a valid slug')
export const dateTimeSchema = z.iso.datetime({ offset: true, error: 'is not an ISO date-time with time zone' })
const optionalDateTime = dateTimeSchema.nullish().transform((v) => v ?? undefined)

/** Link targets shown to readers: http(s), mailto, tel, or a site path. */
const safeUrlSchema = z.string().refine((v) => {
  if (/^\/(?!\/)/.test(v)) return true
  try {
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(new URL(v).protocol)
  } catch {
    return false
  }
}, 'is not an http(s), mailto or tel URL or a site path')

const hotspotSchema = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() })
const cropSchema = z.object({ top: z.number(), bottom: z.number(), left: z.number(), right: z.number() })

export const imageFieldsShape = {
  asset: z.object({
    _ref: z.string().refine((ref) => parseImageAssetRef(ref) !== null, 'is not an image asset reference'),
  }),
  alt: z.string({ error: 'alt text is required' }).trim().min(1, 'alt text is required'),
  caption: optionalString,
  credit: optionalString,
  hotspot: hotspotSchema.nullish().transform((v) => v ?? undefined),
  crop: cropSchema.nullish().transform((v) => v ?? undefined),
}

export function toSanityImage(raw: {
  asset: { _ref: string }
  alt: string
  caption?: string
  credit?: string
  hotspot?: SanityImage['hotspot']
  crop?: SanityImage['crop']
}): SanityImage {
  const dims = parseImageAssetRef(raw.asset._ref) as { width: number; height: number }
  const image: SanityImage = {
    assetId: raw.asset._ref,
    url: baseImageUrl(raw.asset._ref),
    width: dims.width,
    height: dims.height,
    alt: raw.alt,
  }
  if (raw.caption) image.caption = raw.caption
  if (raw.credit) image.credit = raw.credit
  if (raw.hotspot) image.hotspot = raw.hotspot
  if (raw.crop) image.crop = raw.crop
  return image
}

export const sanityImageSchema = z.object(imageFieldsShape).transform(toSanityImage)
/** An image field that may be empty: no asset means no image. */
const optionalImageSchema = z.preprocess(
  (v) => (v && typeof v === 'object' && (v as { asset?: unknown }).asset ? v : undefined),
  sanityImageSchema.optional(),
)

export const authorSummarySchema = z
  .object({ _id: z.string(), name: requiredText, slug: slugSchema, role: requiredText, bio: requiredText })
  .transform((a): AuthorSummary => ({ id: a._id, name: a.name, slug: a.slug, role: a.role, bio: a.bio }))

export const topicSummarySchema = z
  .object({ _id: z.string(), title: requiredText, slug: slugSchema })
  .transform((t): TopicSummary => ({ id: t._id, title: t.title, slug: t.slug }))

export const topicSchema = z
  .object({ _id: z.string(), title: requiredText, slug: slugSchema, description: requiredText })
  .transform((t): Topic => ({ id: t._id, title: t.title, slug: t.slug, description: t.description }))

const authorLinkSchema = z
  .object({ _key: z.string(), label: requiredText, url: safeUrlSchema })
  .transform((l): AuthorLink => ({ key: l._key, label: l.label, url: l.url }))

export const authorProfileSchema = z
  .object({
    _id: z.string(),
    name: requiredText,
    slug: slugSchema,
    role: requiredText,
    bio: requiredText,
    portrait: optionalImageSchema,
    links: z
      .array(authorLinkSchema)
      .nullish()
      .transform((v) => v ?? []),
  })
  .transform(
    (a): AuthorProfile => ({
      id: a._id,
      name: a.name,
      slug: a.slug,
      role: a.role,
      bio: a.bio,
      links: a.links,
      ...(a.portrait ? { portrait: a.portrait } : {}),
    }),
  )

const articleSummaryShape = {
  _id: z.string(),
  title: requiredText,
  slug: slugSchema,
  standfirst: requiredText,
  publishedAt: dateTimeSchema,
  updatedAt: optionalDateTime,
  authors: z.array(authorSummarySchema),
  topics: z.array(topicSummarySchema),
  mainImage: optionalImageSchema,
}

function toArticleSummary(a: z.output<z.ZodObject<typeof articleSummaryShape>>): ArticleSummary {
  const summary: ArticleSummary = {
    id: a._id,
    title: a.title,
    slug: a.slug,
    standfirst: a.standfirst,
    publishedAt: a.publishedAt,
    authors: a.authors,
    topics: a.topics,
  }
  if (a.updatedAt) summary.updatedAt = a.updatedAt
  if (a.mainImage) summary.mainImage = a.mainImage
  return summary
}

export const articleSummarySchema = z.object(articleSummaryShape).transform(toArticleSummary)

/** Parts of an article summary that may be dropped (with a warning) instead of failing; prefix with the list's path. */
export const ARTICLE_SUMMARY_DROPS = [['authors', '*'], ['topics', '*'], ['mainImage'], ['updatedAt']] as const

/** ARTICLE_BY_SLUG_QUERY */
export const articleDocumentSchema = z.object({
  ...articleSummaryShape,
  body: z.array(z.unknown(), { error: 'body is missing' }),
  picks: z
    .array(articleSummarySchema)
    .nullish()
    .transform((v) => v ?? []),
  corrections: z
    .array(z.object({ _key: z.string(), date: dateTimeSchema, text: requiredText }))
    .nullish()
    .transform((v) => (v ?? []).map((c) => ({ key: c._key, date: c.date, text: c.text }))),
  seo: z
    .object({
      title: optionalString,
      description: optionalString,
      canonicalUrl: z
        .url({ protocol: /^https$/, error: 'must be an https URL' })
        .nullish()
        .transform((v) => v ?? undefined),
      noindex: z
        .boolean()
        .nullish()
        .transform((v) => v ?? false),
    })
    .nullish()
    .transform((v) => v ?? { noindex: false }),
})
export type ArticleDocument = z.output<typeof articleDocumentSchema>
export const ARTICLE_DOCUMENT_DROPS = [
  ...ARTICLE_SUMMARY_DROPS,
  ['picks', '*'],
  ...ARTICLE_SUMMARY_DROPS.map((rule) => ['picks', '*', ...rule]),
  ['corrections', '*'],
  ['seo'],
] as const

export function toArticleSummaryFromDocument(doc: ArticleDocument): ArticleSummary {
  return toArticleSummary(doc)
}

/** RELATED_CANDIDATES_QUERY */
export const relatedCandidatesSchema = z.object({
  sharing: z.array(articleSummarySchema),
})
export const RELATED_CANDIDATES_DROPS = (['sharing'] as const).flatMap((list) => [
  [list, '*'],
  ...ARTICLE_SUMMARY_DROPS.map((rule) => [list, '*', ...rule]),
])

/** Every paginated article list query: `{items, total}`. */
export const articleListSchema = z.object({ items: z.array(articleSummarySchema), total: z.number().int().min(0) })
export const ARTICLE_LIST_DROPS = [['items', '*'], ...ARTICLE_SUMMARY_DROPS.map((rule) => ['items', '*', ...rule])]

/** SEARCH_ARTICLE_IDS_QUERY */
export const searchIdsSchema = z.object({ title: z.array(z.string()), standfirst: z.array(z.string()), body: z.array(z.string()) })

/** PAGE_BY_SLUG_QUERY */
export const pageDocumentSchema = z.object({
  _id: z.string(),
  title: requiredText,
  slug: slugSchema,
  body: z.array(z.unknown(), { error: 'body is missing' }),
  updatedAt: dateTimeSchema,
})

/** *_SLUGS_QUERY: one slug per document; documents without a valid slug have no page. */
export const slugListSchema = z.array(slugSchema)
export const SLUG_LIST_DROPS = [['*']]

const navLinkSchema = z
  .object({ _key: z.string(), label: requiredText, href: safeUrlSchema })
  .transform((l): NavLink => ({ key: l._key, label: l.label, href: l.href }))
const navLinksSchema = z
  .array(navLinkSchema)
  .nullish()
  .transform((v) => v ?? [])

/** SITE_SETTINGS_QUERY */
export const siteSettingsSchema = z
  .object({
    _id: z.string(),
    title: requiredText,
    description: requiredText,
    baseUrl: z
      .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' })
      .refine((v) => !v.endsWith('/'), 'must not end with a slash'),
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2}|-[A-Za-z]{4})?$/, 'is not a language tag like en-GB'),
    navigation: navLinksSchema,
    footerLinks: navLinksSchema,
    newsletter: z.object({
      heading: requiredText,
      description: requiredText,
      privacyNote: requiredText,
      consentVersion: requiredText,
    }),
    publisherLogo: optionalImageSchema,
    feedContent: z.enum(['full', 'summary']),
  })
  .transform((s): SiteSettings => {
    const { _id: _ignored, publisherLogo, ...rest } = s
    return { ...rest, ...(publisherLogo ? { publisherLogo } : {}) }
  })
export const SITE_SETTINGS_DROPS = [['navigation', '*'], ['footerLinks', '*'], ['publisherLogo']]

const consentServiceSchema = z.object({
  _key: z.string(),
  key: z.string().regex(/^[a-z][a-z0-9-]*$/, 'is not a consent key'),
  name: requiredText,
  provider: requiredText,
  purpose: requiredText,
  retention: requiredText,
  cookies: z
    .array(z.string())
    .nullish()
    .transform((v) => v ?? []),
  hosts: z
    .array(z.string())
    .nullish()
    .transform((v) => v ?? []),
  consentModeSignals: z
    .array(z.enum(['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage']))
    .nullish()
    .transform((v) => v ?? []),
})

const consentCategorySchema = z
  .object({
    _key: z.string(),
    key: z.string().regex(/^[a-z][a-z0-9-]*$/, 'is not a consent key'),
    title: requiredText,
    description: requiredText,
    required: z.boolean(),
    defaultEnabled: z.boolean(),
    services: z
      .array(consentServiceSchema)
      .nullish()
      .transform((v) => v ?? []),
  })
  .refine((c) => c.required || !c.defaultEnabled, {
    message: 'a category that is not required must not be enabled by default',
    path: ['defaultEnabled'],
  })

/**
 * CONSENT_SETTINGS_QUERY. Strict on purpose: a consent document that breaks the rules (no required
 * `necessary` category, pre-ticked boxes, no reject label) must fail loudly, never be papered over.
 */
export const consentSettingsSchema = z
  .object({
    _id: z.string(),
    policyVersion: z.number().int().positive(),
    policyDate: z.iso.date({ error: 'is not a date like 2025-01-31' }),
    changeSummary: requiredText,
    privacyPolicyUrl: z
      .string()
      .refine(
        (v) => /^\/(?!\/)\S*$/.test(v) || /^https:\/\/\S+$/.test(v),
        'must be a site path like /privacy or an https URL',
      ),
    banner: z.object({
      heading: requiredText,
      text: requiredText,
      acceptAllLabel: requiredText,
      rejectAllLabel: requiredText,
      manageLabel: requiredText,
      saveLabel: requiredText,
      learnMoreLabel: requiredText,
    }),
    categories: z.array(consentCategorySchema).superRefine((categories, ctx) => {
      const keys = new Set<string>()
      categories.forEach((c, i) => {
        if (keys.has(c.key)) ctx.addIssue({ code: 'custom', message: `duplicate category key "${c.key}"`, path: [i, 'key'] })
        keys.add(c.key)
      })
      if (!categories.some((c) => c.key === 'necessary' && c.required)) {
        ctx.addIssue({ code: 'custom', message: 'a required category with key "necessary" must exist' })
      }
    }),
    embedPlaceholder: z.object({ text: requiredText, loadOnceLabel: requiredText, alwaysAllowLabel: requiredText }),
    lifetimeDays: z.number().int().min(1).max(395),
    honourGpc: z.boolean(),
  })
  .transform(
    (c): ConsentSettings => ({
      id: c._id,
      policyVersion: c.policyVersion,
      policyDate: c.policyDate,
      changeSummary: c.changeSummary,
      privacyPolicyUrl: c.privacyPolicyUrl,
      banner: c.banner,
      categories: c.categories.map((cat) => ({
        key: cat.key,
        title: cat.title,
        description: cat.description,
        required: cat.required,
        defaultEnabled: cat.defaultEnabled,
        services: cat.services.map(({ _key: _ignored, ...service }) => service),
      })),
      embedPlaceholder: c.embedPlaceholder,
      lifetimeDays: c.lifetimeDays,
      honourGpc: c.honourGpc,
    }),
  )
