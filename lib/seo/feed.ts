import { rfc822Date } from './dates'
import { cdata, escapeXml } from './xml'

/** RSS 2.0 with the Atom self link, `content:encoded` for full text and `dc:creator` for authors. */

export type FeedItem = {
  /** Stable across edits (title, slug and body may change; the document id does not). */
  guid: string
  title: string
  url: string
  publishedAt: string
  updatedAt?: string
  summary: string
  /** Full HTML of the body; omitted when the site publishes summaries only. */
  contentHtml?: string
  authors: string[]
  categories: string[]
}

export type Feed = {
  title: string
  description: string
  /** The HTML page the feed mirrors. */
  siteUrl: string
  /** The feed's own absolute URL. */
  feedUrl: string
  language?: string
  items: FeedItem[]
  /** Defaults to the newest item's date so an unchanged feed is byte-identical. */
  lastBuildDate?: string
}

export const FEED_ITEM_LIMIT = 50

export function articleGuid(baseUrl: string, documentId: string): string {
  const host = new URL(baseUrl).hostname
  return `tag:${host},2026:article:${documentId}`
}

export function buildRssFeed(feed: Feed): string {
  const items = feed.items.slice(0, FEED_ITEM_LIMIT)
  const newest = items
    .map((i) => i.updatedAt ?? i.publishedAt)
    .sort()
    .at(-1)
  const lastBuild = feed.lastBuildDate ?? newest
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    `<title>${escapeXml(feed.title)}</title>`,
    `<link>${escapeXml(feed.siteUrl)}</link>`,
    `<description>${escapeXml(feed.description)}</description>`,
    `<atom:link href="${escapeXml(feed.feedUrl)}" rel="self" type="application/rss+xml"/>`,
  ]
  if (feed.language) lines.push(`<language>${escapeXml(feed.language.toLowerCase())}</language>`)
  if (lastBuild) lines.push(`<lastBuildDate>${rfc822Date(lastBuild)}</lastBuildDate>`)
  for (const item of items) {
    lines.push('<item>')
    lines.push(`<title>${escapeXml(item.title)}</title>`)
    lines.push(`<link>${escapeXml(item.url)}</link>`)
    lines.push(`<guid isPermaLink="false">${escapeXml(item.guid)}</guid>`)
    lines.push(`<pubDate>${rfc822Date(item.publishedAt)}</pubDate>`)
    for (const author of item.authors) lines.push(`<dc:creator>${escapeXml(author)}</dc:creator>`)
    for (const category of item.categories) lines.push(`<category>${escapeXml(category)}</category>`)
    lines.push(`<description>${escapeXml(item.summary)}</description>`)
    if (item.contentHtml) lines.push(`<content:encoded>${cdata(item.contentHtml)}</content:encoded>`)
    lines.push('</item>')
  }
  lines.push('</channel>', '</rss>')
  return `${lines.join('\n')}\n`
}
