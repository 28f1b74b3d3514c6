import type { PortableTextBody, PortableTextTextBlock } from '@/lib/content/types'
import { absoluteUrl } from './urls'

/**
 * The article body as plain, safe HTML for feed readers (`content:encoded`). Feed readers show no site
 * chrome and run no scripts, so embeds become links and internal links become absolute.
 */

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

const DECORATOR_TAGS: Record<string, string> = { strong: 'strong', em: 'em', code: 'code' }

function inlineHtml(block: PortableTextTextBlock, baseUrl: string): string {
  const links = new Map(block.markDefs.map((def) => [def._key, def]))
  return block.children
    .map((span) => {
      let html = escapeHtml(span.text).replace(/\n/g, '<br>')
      for (const mark of span.marks) {
        const tag = DECORATOR_TAGS[mark]
        if (tag) {
          html = `<${tag}>${html}</${tag}>`
          continue
        }
        const link = links.get(mark)
        if (link) html = `<a href="${escapeHtml(link.internal ? absoluteUrl(baseUrl, link.href) : link.href)}">${html}</a>`
      }
      return html
    })
    .join('')
}

const BLOCK_TAGS = { normal: 'p', h2: 'h2', h3: 'h3', blockquote: 'blockquote' } as const

export function bodyToHtml(body: PortableTextBody, baseUrl: string): string {
  const out: string[] = []
  let openList: 'ul' | 'ol' | null = null
  const closeList = () => {
    if (openList) out.push(`</${openList}>`)
    openList = null
  }
  for (const block of body) {
    if (block._type === 'block' && block.listItem) {
      const tag = block.listItem === 'number' ? 'ol' : 'ul'
      if (openList !== tag) {
        closeList()
        out.push(`<${tag}>`)
        openList = tag
      }
      out.push(`<li>${inlineHtml(block, baseUrl)}</li>`)
      continue
    }
    closeList()
    if (block._type === 'block') {
      const tag = BLOCK_TAGS[block.style]
      out.push(`<${tag}>${inlineHtml(block, baseUrl)}</${tag}>`)
    } else if (block._type === 'bodyImage') {
      const caption = [block.image.caption, block.image.credit].filter(Boolean).join(' ')
      out.push(
        `<figure><img src="${escapeHtml(block.image.url)}" alt="${escapeHtml(block.image.alt)}" width="${block.image.width}" height="${block.image.height}">` +
          (caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : '') +
          '</figure>',
      )
    } else if (block._type === 'embed') {
      out.push(`<p><a href="${escapeHtml(block.url)}">${escapeHtml(block.title)}</a>${block.caption ? ` (${escapeHtml(block.caption)})` : ''}</p>`)
    }
  }
  closeList()
  return out.join('\n')
}
