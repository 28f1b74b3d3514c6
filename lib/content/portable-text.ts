import { z } from 'zod'
import type { ContentPath } from './issues'
import { imageFieldsShape, toSanityImage } from './schemas'
import type {
  BlockStyle,
  Decorator,
  ListItemType,
  PortableTextBody,
  PortableTextBodyBlock,
  PortableTextLink,
  PortableTextSpan,
  PortableTextTextBlock,
} from './types'

/**
 * Shapes raw Portable Text (as the body queries return it) into what the renderer gets: each block is
 * validated on its own so one broken block is dropped with a warning instead of failing the document;
 * internal links become `/articles/<slug>` hrefs; unsafe link URLs lose their mark but keep their text.
 * Pure.
 */
export type ShapingWarning = { path: ContentPath; message: string }

const BLOCK_STYLES: readonly BlockStyle[] = ['normal', 'h2', 'h3', 'blockquote']
const LIST_ITEMS: readonly ListItemType[] = ['bullet', 'number']
const DECORATORS: readonly Decorator[] = ['strong', 'em', 'code']
const WORDS_PER_MINUTE = 225
const EXCERPT_LENGTH = 160

const nullishString = z
  .string()
  .nullish()
  .transform((v) => v ?? undefined)

const spanSchema = z.object({
  _type: z.literal('span'),
  _key: z.string(),
  text: z.string(),
  marks: z
    .array(z.string())
    .nullish()
    .transform((v) => v ?? []),
})

// Annotations are checked while shaping (an unsafe or dangling one only loses its mark), so they parse loosely.
const markDefSchema = z.looseObject({
  _type: z.string(),
  _key: z.string(),
  href: z.unknown().optional(),
  openInNewTab: z.unknown().optional(),
  /** internalLink: the query dereferences `reference` into `{_type, slug}` (null when missing or unpublished). */
  target: z.unknown().optional(),
})

const textBlockSchema = z.object({
  _type: z.literal('block'),
  _key: z.string(),
  style: nullishString,
  listItem: nullishString,
  level: z.number().int().min(1).nullish(),
  children: z.array(spanSchema),
  markDefs: z
    .array(markDefSchema)
    .nullish()
    .transform((v) => v ?? []),
})

const bodyImageSchema = z
  .object({ _type: z.literal('bodyImage'), _key: z.string(), ...imageFieldsShape })
  .transform(({ _type, _key, ...image }) => ({ _type, _key, image: toSanityImage(image) }))

const embedSchema = z.object({
  _type: z.literal('embed'),
  _key: z.string(),
  service: z.enum(['youtube', 'vimeo', 'x', 'bluesky', 'mastodon']),
  url: z.url({ protocol: /^https$/, error: 'must be an https URL' }),
  title: z.string().trim().min(1),
  caption: nullishString,
})

const KNOWN_BLOCKS = { block: textBlockSchema, bodyImage: bodyImageSchema, embed: embedSchema } as const

/** Only these schemes are rendered as links; relative URLs resolve to https and pass. */
export function isSafeHref(href: string): boolean {
  const trimmed = href.trim()
  if (trimmed === '') return false
  try {
    const url = new URL(trimmed, 'https://relative.invalid/')
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol)
  } catch {
    return false
  }
}

function shapeLink(
  def: z.output<typeof markDefSchema>,
  warn: (path: ContentPath, message: string) => void,
): PortableTextLink | null {
  if (def._type === 'link') {
    if (typeof def.href !== 'string' || !isSafeHref(def.href)) {
      warn(['href'], `unsafe or missing link URL ${JSON.stringify(String(def.href ?? '')).slice(0, 80)} (link removed, text kept)`)
      return null
    }
    return { _type: 'link', _key: def._key, href: def.href.trim(), openInNewTab: def.openInNewTab === true, internal: false }
  }
  if (def._type === 'internalLink') {
    const target = def.target as { _type?: unknown; slug?: unknown } | null | undefined
    if (!target || target._type !== 'article' || typeof target.slug !== 'string' || target.slug === '') {
      warn(['reference'], 'internal link to a missing or unpublished article (link removed, text kept)')
      return null
    }
    return { _type: 'link', _key: def._key, href: `/articles/${target.slug}`, openInNewTab: false, internal: true }
  }
  warn([], `unknown annotation type "${def._type}" (removed, text kept)`)
  return null
}

function shapeTextBlock(
  raw: z.output<typeof textBlockSchema>,
  warn: (path: ContentPath, message: string) => void,
): PortableTextTextBlock {
  const markDefs: PortableTextLink[] = []
  raw.markDefs.forEach((def, i) => {
    const link = shapeLink(def, (path, message) => warn(['markDefs', i, ...path], message))
    if (link) markDefs.push(link)
  })
  const linkKeys = new Set(markDefs.map((d) => d._key))
  const children: PortableTextSpan[] = raw.children.map((span, i) => {
    const marks = span.marks.filter((mark) => {
      if (linkKeys.has(mark) || (DECORATORS as readonly string[]).includes(mark)) return true
      // Marks of removed annotations were already reported with their annotation.
      if (!raw.markDefs.some((d) => d._key === mark)) warn(['children', i, 'marks'], `unknown mark "${mark}" removed`)
      return false
    })
    return { _type: 'span', _key: span._key, text: span.text, marks }
  })

  let style: BlockStyle = 'normal'
  if (raw.style && (BLOCK_STYLES as readonly string[]).includes(raw.style)) style = raw.style as BlockStyle
  else if (raw.style) warn(['style'], `unknown block style "${raw.style}" rendered as normal text`)

  const block: PortableTextTextBlock = { _type: 'block', _key: raw._key, style, children, markDefs }
  if (raw.listItem) {
    if ((LIST_ITEMS as readonly string[]).includes(raw.listItem)) {
      block.listItem = raw.listItem as ListItemType
      block.level = raw.level ?? 1
    } else warn(['listItem'], `unknown list type "${raw.listItem}" rendered as a paragraph`)
  }
  return block
}

/** Validates and shapes body blocks one by one; `basePath` prefixes warning paths (e.g. `['body']`). */
export function shapeBody(
  raw: readonly unknown[] | null | undefined,
  basePath: ContentPath = ['body'],
): { body: PortableTextBody; warnings: ShapingWarning[] } {
  const warnings: ShapingWarning[] = []
  const body: PortableTextBody = []
  ;(raw ?? []).forEach((item, index) => {
    const warn = (path: ContentPath, message: string) => warnings.push({ path: [...basePath, index, ...path], message })
    const type = item && typeof item === 'object' ? (item as { _type?: unknown })._type : undefined
    const schema = typeof type === 'string' ? KNOWN_BLOCKS[type as keyof typeof KNOWN_BLOCKS] : undefined
    if (!schema) {
      warn([], `unknown block type ${JSON.stringify(type ?? null)} (block dropped)`)
      return
    }
    const parsed = schema.safeParse(item)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        warn(issue.path.filter((p): p is string | number => typeof p !== 'symbol'), `${issue.message} (block dropped)`)
      }
      return
    }
    body.push(shapeBlock(parsed.data, warn))
  })
  return { body, warnings }
}

function shapeBlock(
  block: z.output<(typeof KNOWN_BLOCKS)[keyof typeof KNOWN_BLOCKS]>,
  warn: (path: ContentPath, message: string) => void,
): PortableTextBodyBlock {
  switch (block._type) {
    case 'block':
      return shapeTextBlock(block as z.output<typeof textBlockSchema>, warn)
    case 'bodyImage': {
      const { _key, image } = block as z.output<typeof bodyImageSchema>
      return { _type: 'bodyImage', _key, image }
    }
    case 'embed': {
      const embed = block as z.output<typeof embedSchema>
      return { _type: 'embed', _key: embed._key, service: embed.service, url: embed.url, title: embed.title, ...(embed.caption ? { caption: embed.caption } : {}) }
    }
  }
}

/** The readable text of a block, spans joined. */
export function blockText(block: PortableTextTextBlock): string {
  return block.children.map((c) => c.text).join('')
}

export function plainText(body: PortableTextBody, styles: readonly BlockStyle[] = BLOCK_STYLES): string {
  return body
    .filter((b): b is PortableTextTextBlock => b._type === 'block' && styles.includes(b.style))
    .map(blockText)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
}

export function readingTimeMinutes(body: PortableTextBody): number {
  const text = plainText(body)
  const words = text === '' ? 0 : text.split(' ').length
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}

/** Plain text of the body's paragraphs, cut on a word boundary with an ellipsis when longer than `max`. */
export function excerpt(body: PortableTextBody, max: number = EXCERPT_LENGTH): string {
  const text = plainText(body, ['normal', 'blockquote'])
  if (text.length <= max) return text
  const limit = max - 1 // room for the ellipsis
  const cut = text.slice(0, limit + 1)
  const lastSpace = cut.lastIndexOf(' ')
  const base = (lastSpace > limit / 2 ? cut.slice(0, lastSpace) : text.slice(0, limit)).replace(/[\s,.;:!?–—-]+$/u, '')
  return `${base}…`
}
