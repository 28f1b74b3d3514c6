/**
 * Validation rules of the content model as plain functions: the schema types wire them into Sanity's
 * `Rule.custom`, and tests call them directly. Each returns `true` when the value is acceptable or a
 * message an editor can act on. Empty values pass: `required()` decides whether a field may be empty.
 */

export type RuleResult = true | string

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const SLUG_MAX_LENGTH = 96
export const CONSENT_KEY_PATTERN = /^[a-z][a-z0-9-]*$/
export const SAFE_LINK_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'] as const
export const EMBED_SERVICES = ['youtube', 'vimeo', 'x', 'bluesky', 'mastodon'] as const
export type EmbedService = (typeof EMBED_SERVICES)[number]

type Keyed = { _key?: string }
type Reference = { _ref?: string }
type SlugValue = { current?: string } | undefined

export function publishedId(id: string): string {
  return id.replace(/^drafts\./, '').replace(/^versions\.[^.]+\./, '')
}

export function checkSlugFormat(slug: SlugValue): RuleResult {
  const current = slug?.current
  if (current === undefined || current === '') return true
  if (current.length > SLUG_MAX_LENGTH) return `Slug must be at most ${SLUG_MAX_LENGTH} characters`
  if (!SLUG_PATTERN.test(current)) {
    return 'Slug may contain only lowercase letters, digits and single hyphens between words (e.g. "trade-after-the-war")'
  }
  return true
}

/** Lowercase, ASCII, hyphenated: what the "Generate" button in the Studio produces. */
export function slugify(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/g, '')
}

/** GROQ counting other documents of the type with the same slug; the document's own draft and published copies do not count. */
export const SLUG_CONFLICT_QUERY =
  'count(*[_type == $type && slug.current == $slug && !(_id in [$draftId, $publishedId]) && !(_id in path("versions.**"))])'

export type SlugQueryFetch = (query: string, params: Record<string, string>) => Promise<unknown>

export async function checkSlugUnique(
  slug: SlugValue,
  options: { documentId: string | undefined; documentType: string | undefined; fetch: SlugQueryFetch },
): Promise<RuleResult> {
  const current = slug?.current
  if (!current || !options.documentId || !options.documentType) return true
  const id = publishedId(options.documentId)
  const conflicts = await options.fetch(SLUG_CONFLICT_QUERY, {
    type: options.documentType,
    slug: current,
    draftId: `drafts.${id}`,
    publishedId: id,
  })
  return conflicts === 0 ? true : `Another ${options.documentType} already uses the slug "${current}"`
}

/** Link targets an editor may enter: http(s) with a host, mailto and tel. Anything else (javascript:, data:, relative) is refused. */
export function checkSafeLinkUrl(href: unknown): RuleResult {
  if (href === undefined || href === null || href === '') return true
  if (typeof href !== 'string') return 'Link must be text'
  // Browsers strip tabs and newlines inside schemes ("java\tscript:"), so refuse any whitespace or control character.
  if (/[\s\u0000-\u001f\u007f]/.test(href)) return 'Link must not contain spaces or control characters'
  let url: URL
  try {
    url = new URL(href)
  } catch {
    return 'Link must be a full URL (https://…), a mailto: address or a tel: number'
  }
  if (!(SAFE_LINK_SCHEMES as readonly string[]).includes(url.protocol)) {
    return `Links may only use http, https, mailto or tel (not "${url.protocol}")`
  }
  if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname) return 'Link needs a host name'
  if (url.protocol === 'mailto:' && !/^[^@]+@[^@]+\.[^@]+$/.test(decodeURIComponent(url.pathname))) {
    return 'mailto: link needs an email address'
  }
  if (url.protocol === 'tel:' && !/^\+?[0-9][0-9().-]*$/.test(url.pathname)) return 'tel: link needs a phone number'
  return true
}

/** Absolute https URL (embeds, canonical URLs). */
export function checkHttpsUrl(value: unknown): RuleResult {
  if (value === undefined || value === null || value === '') return true
  if (typeof value !== 'string') return 'URL must be text'
  const safe = checkSafeLinkUrl(value)
  if (safe !== true) return safe
  return value.startsWith('https://') ? true : 'URL must start with https://'
}

/** Navigation targets: a site-relative path ("/topics/trade") or a safe absolute link. */
export function checkNavHref(value: unknown): RuleResult {
  if (value === undefined || value === null || value === '') return true
  if (typeof value !== 'string') return 'Link must be text'
  if (value.startsWith('/')) {
    if (value.startsWith('//')) return 'A site path starts with a single "/"'
    if (/[\s\u0000-\u001f\u007f\\]/.test(value)) return 'A site path must not contain spaces, backslashes or control characters'
    return true
  }
  return checkSafeLinkUrl(value)
}

/** The privacy policy link: a site-relative path or an https URL. */
export function checkPrivacyPolicyUrl(value: unknown): RuleResult {
  if (value === undefined || value === null || value === '') return true
  if (typeof value === 'string' && value.startsWith('/')) return checkNavHref(value)
  return checkHttpsUrl(value)
}

/** The site's base URL: absolute http(s), no path beyond "/", no trailing slash, no query or fragment. */
export function checkBaseUrl(value: unknown): RuleResult {
  if (value === undefined || value === null || value === '') return true
  if (typeof value !== 'string') return 'Base URL must be text'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'Base URL must be an absolute URL such as https://example.org'
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'Base URL must use http or https'
  if (value.endsWith('/')) return 'Base URL must not end with a slash'
  if (url.search || url.hash || url.username || url.password) return 'Base URL must not have a query, fragment or credentials'
  return true
}

const EMBED_HOSTS: Record<Exclude<EmbedService, 'mastodon'>, string[]> = {
  youtube: ['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be', 'www.youtube-nocookie.com'],
  vimeo: ['vimeo.com', 'www.vimeo.com', 'player.vimeo.com'],
  x: ['x.com', 'www.x.com', 'twitter.com', 'www.twitter.com'],
  bluesky: ['bsky.app'],
}

/** An embed's URL must be https and belong to the service it names (Mastodon runs on many hosts). */
export function checkEmbedUrl(value: unknown, service: unknown): RuleResult {
  const https = checkHttpsUrl(value)
  if (https !== true || value === undefined || value === null || value === '') return https
  if (typeof service !== 'string' || !(EMBED_SERVICES as readonly string[]).includes(service)) return true
  if (service === 'mastodon') return true
  const host = new URL(value as string).hostname
  const hosts = EMBED_HOSTS[service as Exclude<EmbedService, 'mastodon'>]
  return hosts.includes(host) ? true : `A ${service} embed must link to ${hosts.join(' or ')}`
}

type ImageValue = { asset?: Reference; _sanityAsset?: string; alt?: string } | undefined

/** Alternative text is required as soon as an image is chosen. */
export function checkImageAlt(image: ImageValue): RuleResult {
  const hasAsset = Boolean(image?.asset?._ref || image?._sanityAsset)
  if (!hasAsset) return true
  return image?.alt && image.alt.trim() !== '' ? true : 'Alternative text is required when an image is set'
}

/** Narrows a validation context's `parent` to the image value around an `alt` field. */
export function imageParent(parent: unknown): ImageValue {
  return parent && typeof parent === 'object' ? (parent as ImageValue) : undefined
}

/** Used on the `alt` field itself, so the error sits where the editor types. */
export function checkAltField(alt: unknown, parent: ImageValue): RuleResult {
  return checkImageAlt(parent ? { ...parent, alt: typeof alt === 'string' ? alt : undefined } : undefined)
}

export function checkNoSelfReference(refs: Reference[] | undefined, documentId: string | undefined): RuleResult {
  if (!refs || !documentId) return true
  const own = publishedId(documentId)
  return refs.some((r) => r?._ref && publishedId(r._ref) === own) ? 'An article cannot be related to itself' : true
}

export function checkNotBefore(later: unknown, earlier: unknown, message: string): RuleResult {
  if (typeof later !== 'string' || typeof earlier !== 'string' || !later || !earlier) return true
  const a = Date.parse(later)
  const b = Date.parse(earlier)
  if (Number.isNaN(a) || Number.isNaN(b)) return true
  return a >= b ? true : message
}

export function checkUpdatedAfterPublished(updatedAt: unknown, publishedAt: unknown): RuleResult {
  return checkNotBefore(updatedAt, publishedAt, 'Updated time cannot be before the published time')
}

/** Body text must contain at least one non-empty block (an empty paragraph is not content). */
export function checkBodyHasContent(body: unknown): RuleResult {
  if (!Array.isArray(body) || body.length === 0) return true
  const hasContent = body.some((block: { _type?: string; children?: { text?: string }[] }) =>
    block?._type !== 'block' ? true : (block.children ?? []).some((c) => (c.text ?? '').trim() !== ''),
  )
  return hasContent ? true : 'Body must contain some text'
}

export function checkUniqueKeys(items: ({ key?: string } & Keyed)[] | undefined, what: string): RuleResult {
  if (!items) return true
  const seen = new Set<string>()
  for (const item of items) {
    const key = item?.key
    if (!key) continue
    if (seen.has(key)) return `${what} key "${key}" is used more than once`
    seen.add(key)
  }
  return true
}

export function checkConsentKey(key: unknown): RuleResult {
  if (key === undefined || key === null || key === '') return true
  if (typeof key !== 'string' || !CONSENT_KEY_PATTERN.test(key)) {
    return 'Key must start with a lowercase letter and contain only lowercase letters, digits and hyphens'
  }
  return true
}

export type ConsentCategoryValue = Keyed & {
  key?: string
  required?: boolean
  defaultEnabled?: boolean
  services?: (Keyed & { key?: string; hosts?: string[] })[]
}

/** Optional categories start switched off: no pre-ticked boxes. */
export function checkCategoryDefault(category: ConsentCategoryValue | undefined): RuleResult {
  if (!category) return true
  return category.defaultEnabled && !category.required
    ? `Category "${category.key ?? '?'}" is optional, so it cannot be enabled by default`
    : true
}

export function checkConsentCategories(categories: ConsentCategoryValue[] | undefined): RuleResult {
  if (!categories || categories.length === 0) return 'Add the categories, starting with "necessary"'
  const keys = checkUniqueKeys(categories, 'Category')
  if (keys !== true) return keys
  const necessary = categories.find((c) => c?.key === 'necessary')
  if (!necessary) return 'A category with key "necessary" must exist'
  if (!necessary.required) return 'The "necessary" category must be marked required'
  for (const category of categories) {
    const defaults = checkCategoryDefault(category)
    if (defaults !== true) return defaults
  }
  const services = categories.flatMap((c) => c?.services ?? [])
  return checkUniqueKeys(services, 'Service')
}

/** A third-party host: a bare host name such as "www.youtube-nocookie.com", no scheme or path. */
export function checkHostName(host: unknown): RuleResult {
  if (typeof host !== 'string' || host === '') return 'Host must be a host name'
  return /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(host)
    ? true
    : `"${host}" is not a host name (write it without https:// or a path, e.g. www.youtube.com)`
}

export function checkHostNames(hosts: unknown): RuleResult {
  if (!Array.isArray(hosts)) return true
  for (const host of hosts) {
    const result = checkHostName(host)
    if (result !== true) return result
  }
  return new Set(hosts).size === hosts.length ? true : 'Each host once'
}

export function checkSingleLine(value: unknown): RuleResult {
  if (typeof value !== 'string') return true
  return /[\r\n]/.test(value) ? 'Keep this to one line' : true
}
