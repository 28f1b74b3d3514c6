import imageDescriptions from './image-descriptions.json'

/**
 * A tiny authoring notation for the seed's Portable Text, so the content files read as prose:
 * `**strong**`, `_em_`, `` `code` ``, `[text](https://…)` for links and `[text](article:<id>)` for links
 * to other articles (the id without the `article-` prefix).
 */

export type KeyMaker = () => string

export type Span = { _type: 'span'; _key: string; text: string; marks: string[] }
export type MarkDef =
  | { _type: 'link'; _key: string; href: string; openInNewTab?: boolean }
  | { _type: 'internalLink'; _key: string; reference: { _type: 'reference'; _ref: string } }
export type TextBlock = {
  _type: 'block'
  _key: string
  style: 'normal' | 'h2' | 'h3' | 'blockquote'
  listItem?: 'bullet' | 'number'
  level?: number
  markDefs: MarkDef[]
  children: Span[]
}

/** `alt` defaults to the description generate-images.ts recorded for the file. */
export type SeedImage = { file: string; alt?: string; caption?: string; credit?: string }
export type SeedEmbed = { service: 'youtube' | 'vimeo' | 'x' | 'bluesky' | 'mastodon'; url: string; title: string; caption?: string }

export type BodyItem =
  | string
  | { h2: string }
  | { h3: string }
  | { quote: string }
  | { bullets: string[] }
  | { numbers: string[] }
  | { image: SeedImage }
  | { embed: SeedEmbed }

export function keyMaker(prefix: string): KeyMaker {
  let n = 0
  return () => `${prefix}${(++n).toString(36).padStart(3, '0')}`
}

function describeSeedImage(file: string): string {
  const description = (imageDescriptions as Record<string, string>)[file]
  if (!description) throw new Error(`No seed image named ${file}; run npx tsx sanity/seed/generate-images.ts`)
  return description
}

export function imageValue(type: 'image' | 'bodyImage', image: SeedImage, key?: string) {
  return {
    _type: type,
    ...(key ? { _key: key } : {}),
    _sanityAsset: `image@file://./images/${image.file}`,
    alt: image.alt ?? describeSeedImage(image.file),
    ...(image.caption ? { caption: image.caption } : {}),
    ...(image.credit ? { credit: image.credit } : {}),
  }
}

const INLINE = /\*\*(.+?)\*\*|_(.+?)_|`(.+?)`|\[(.+?)\]\((.+?)\)/g

export function textBlock(source: string, key: KeyMaker, style: TextBlock['style'] = 'normal', listItem?: TextBlock['listItem']): TextBlock {
  const children: Span[] = []
  const markDefs: MarkDef[] = []
  let last = 0
  const push = (text: string, marks: string[]) => {
    if (text) children.push({ _type: 'span', _key: key(), text, marks })
  }
  for (const match of source.matchAll(INLINE)) {
    push(source.slice(last, match.index), [])
    const [, strong, em, code, linkText, href] = match
    if (strong !== undefined) push(strong, ['strong'])
    else if (em !== undefined) push(em, ['em'])
    else if (code !== undefined) push(code, ['code'])
    else if (linkText !== undefined && href !== undefined) {
      const markKey = key()
      if (href.startsWith('article:')) {
        markDefs.push({ _type: 'internalLink', _key: markKey, reference: { _type: 'reference', _ref: `article-${href.slice(8)}` } })
      } else {
        markDefs.push({ _type: 'link', _key: markKey, href })
      }
      push(linkText, [markKey])
    }
    last = (match.index ?? 0) + match[0].length
  }
  push(source.slice(last), [])
  if (children.length === 0) throw new Error(`Empty block: ${JSON.stringify(source)}`)
  return {
    _type: 'block',
    _key: key(),
    style,
    ...(listItem ? { listItem, level: 1 } : {}),
    markDefs,
    children,
  }
}

export type BodyValue = TextBlock | ReturnType<typeof imageValue> | ({ _type: 'embed'; _key: string } & SeedEmbed)

export function portableText(items: BodyItem[], key: KeyMaker): BodyValue[] {
  return items.flatMap((item): BodyValue[] => {
    if (typeof item === 'string') return [textBlock(item, key)]
    if ('h2' in item) return [textBlock(item.h2, key, 'h2')]
    if ('h3' in item) return [textBlock(item.h3, key, 'h3')]
    if ('quote' in item) return [textBlock(item.quote, key, 'blockquote')]
    if ('bullets' in item) return item.bullets.map((b) => textBlock(b, key, 'normal', 'bullet'))
    if ('numbers' in item) return item.numbers.map((b) => textBlock(b, key, 'normal', 'number'))
    if ('image' in item) return [imageValue('bodyImage', item.image, key())]
    return [{ _type: 'embed' as const, _key: key(), ...item.embed }]
  })
}
