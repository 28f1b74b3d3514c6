/**
 * The shaped content the site renders. Everything leaving lib/content has one of these types and has been
 * parsed (schemas.ts) and shaped (portable-text.ts, related.ts); components never see raw query results.
 */
export type { Paginated } from './pagination'

export type SanityImage = {
  /** The image asset id, e.g. `image-abc123-1200x800-png`. */
  assetId: string
  /** The original image (no crop, no resize); pass to `next/image` with `sanityImageLoader`, or use `imageUrl()`. */
  url: string
  width: number
  height: number
  alt: string
  caption?: string
  credit?: string
  hotspot?: { x: number; y: number; width: number; height: number }
  crop?: { top: number; bottom: number; left: number; right: number }
}

export type AuthorSummary = { id: string; name: string; slug: string; role: string; bio: string }

export type AuthorLink = { key: string; label: string; url: string }

export type AuthorProfile = AuthorSummary & { portrait?: SanityImage; links: AuthorLink[] }

export type TopicSummary = { id: string; title: string; slug: string }

export type Topic = TopicSummary & { description: string }

export type ArticleSummary = {
  id: string
  title: string
  slug: string
  standfirst: string
  /** ISO 8601 with time zone. */
  publishedAt: string
  updatedAt?: string
  authors: AuthorSummary[]
  topics: TopicSummary[]
  mainImage?: SanityImage
}

export type BlockStyle = 'normal' | 'h2' | 'h3' | 'blockquote'
export type ListItemType = 'bullet' | 'number'
export type Decorator = 'strong' | 'em' | 'code'
export type EmbedService = 'youtube' | 'vimeo' | 'x' | 'bluesky' | 'mastodon'

export type PortableTextSpan = { _type: 'span'; _key: string; text: string; marks: string[] }

/** External links and resolved internal links alike; `href` is always safe to render. */
export type PortableTextLink = { _type: 'link'; _key: string; href: string; openInNewTab: boolean; internal: boolean }

export type PortableTextTextBlock = {
  _type: 'block'
  _key: string
  style: BlockStyle
  listItem?: ListItemType
  level?: number
  children: PortableTextSpan[]
  markDefs: PortableTextLink[]
}

export type PortableTextImageBlock = { _type: 'bodyImage'; _key: string; image: SanityImage }

export type PortableTextEmbedBlock = {
  _type: 'embed'
  _key: string
  /** A consent service key: the embed loads only after consent for it. */
  service: EmbedService
  url: string
  title: string
  caption?: string
}

export type PortableTextBodyBlock = PortableTextTextBlock | PortableTextImageBlock | PortableTextEmbedBlock
export type PortableTextBody = PortableTextBodyBlock[]

export type Correction = { key: string; date: string; text: string }

export type ArticleSeo = { title?: string; description?: string; canonicalUrl?: string; noindex: boolean }

export type Article = ArticleSummary & {
  body: PortableTextBody
  readingTimeMinutes: number
  /** Plain text from the body, about 160 characters, cut on a word boundary. */
  excerpt: string
  corrections: Correction[]
  seo: ArticleSeo
  /** Editor's picks first, then ranked ones; at most 4, never the article itself. */
  related: ArticleSummary[]
}

export type Page = { id: string; title: string; slug: string; body: PortableTextBody; updatedAt: string }

export type NavLink = { key: string; label: string; href: string }

export type SiteSettings = {
  title: string
  description: string
  /** Absolute URL without a trailing slash. */
  baseUrl: string
  language: string
  navigation: NavLink[]
  footerLinks: NavLink[]
  newsletter: { heading: string; description: string; privacyNote: string; consentVersion: string }
  publisherLogo?: SanityImage
  feedContent: 'full' | 'summary'
}

export type ConsentModeSignal = 'ad_storage' | 'ad_user_data' | 'ad_personalization' | 'analytics_storage'

export type ConsentService = {
  key: string
  name: string
  provider: string
  purpose: string
  retention: string
  cookies: string[]
  hosts: string[]
  consentModeSignals: ConsentModeSignal[]
}

export type ConsentCategory = {
  key: string
  title: string
  description: string
  required: boolean
  defaultEnabled: boolean
  services: ConsentService[]
}

export type ConsentSettings = {
  id: string
  policyVersion: number
  /** `YYYY-MM-DD` */
  policyDate: string
  changeSummary: string
  privacyPolicyUrl: string
  banner: {
    heading: string
    text: string
    acceptAllLabel: string
    rejectAllLabel: string
    manageLabel: string
    saveLabel: string
    learnMoreLabel: string
  }
  categories: ConsentCategory[]
  embedPlaceholder: { text: string; loadOnceLabel: string; alwaysAllowLabel: string }
  lifetimeDays: number
  honourGpc: boolean
}

export type SearchResults = import('./pagination').Paginated<ArticleSummary> & {
  /** The query as searched (trimmed, shortened); empty when nothing was searched. */
  query: string
}
