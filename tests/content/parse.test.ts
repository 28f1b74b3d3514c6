import { z } from 'zod'
import { ContentError, formatIssue, locate } from '@/lib/content/issues'
import { parseContent } from '@/lib/content/parse'
import { ARTICLE_LIST_DROPS, articleListSchema } from '@/lib/content/schemas'

const author = (id: string, name: unknown = 'Jane Doe') => ({ _id: id, _type: 'author', name, slug: id, role: 'Fellow', bio: 'Writes.' })
const summary = (id: string, overrides: Record<string, unknown> = {}) => ({
  _id: id,
  _type: 'article',
  title: `Title ${id}`,
  slug: id,
  standfirst: 'Standfirst.',
  publishedAt: '2026-01-01T10:00:00Z',
  updatedAt: null,
  authors: [author('jane')],
  topics: [{ _id: 'topic-trade', _type: 'topic', title: 'Trade', slug: 'trade' }],
  mainImage: null,
  ...overrides,
})

describe('parseContent', () => {
  it('parses valid results without warnings', () => {
    const { value, warnings } = parseContent(articleListSchema, { items: [summary('a'), summary('b')], total: 2 }, { label: 'list', drop: ARTICLE_LIST_DROPS })
    expect(warnings).toEqual([])
    expect(value.items.map((i) => i.id)).toEqual(['a', 'b'])
    expect(value.items[0]).not.toHaveProperty('updatedAt')
  })

  it('drops a broken list item with a warning that names the document and field', () => {
    const data = { items: [summary('a'), summary('b', { publishedAt: 'last Tuesday' }), summary('c')], total: 3 }
    const { value, warnings } = parseContent(articleListSchema, data, { label: 'latest', drop: ARTICLE_LIST_DROPS })
    expect(value.items.map((i) => i.id)).toEqual(['a', 'c'])
    expect(value.total).toBe(3)
    expect(warnings).toHaveLength(1)
    expect(formatIssue(warnings[0]!)).toMatch(/^article "b" publishedAt: is not an ISO date-time with time zone \(dropped the item\)$/)
  })

  it('drops a dangling author reference rather than the article', () => {
    const data = { items: [summary('a', { authors: [null, author('jane')] })], total: 1 }
    const { value, warnings } = parseContent(articleListSchema, data, { label: 'latest', drop: ARTICLE_LIST_DROPS })
    expect(value.items[0]?.authors.map((a) => a.id)).toEqual(['jane'])
    expect(formatIssue(warnings[0]!)).toMatch(/^article "a" authors\[0\]: reference to a missing or unpublished document \(dropped the item\)$/)
  })

  it('attributes a problem inside a referenced document to that document', () => {
    const data = { items: [summary('a', { authors: [author('jane', '')] })], total: 1 }
    const { warnings } = parseContent(articleListSchema, data, { label: 'latest', drop: ARTICLE_LIST_DROPS })
    expect(formatIssue(warnings[0]!)).toBe('author "jane" name: must not be empty (dropped the item)')
  })

  it('drops several items of one list, and nested and outer items together', () => {
    const data = {
      items: [summary('a', { title: 7 }), summary('b', { authors: [null, null] }), summary('c', { slug: 'Not A Slug' }), summary('d')],
      total: 4,
    }
    const { value, warnings } = parseContent(articleListSchema, data, { label: 'latest', drop: ARTICLE_LIST_DROPS })
    expect(value.items.map((i) => [i.id, i.authors.length])).toEqual([
      ['b', 0],
      ['d', 1],
    ])
    expect(warnings).toHaveLength(4)
  })

  it('drops an invalid optional field but keeps the item', () => {
    const data = { items: [summary('a', { mainImage: { asset: { _ref: 'image-x-10x10-png' }, alt: '' } })], total: 1 }
    const { value, warnings } = parseContent(articleListSchema, data, { label: 'latest', drop: ARTICLE_LIST_DROPS })
    expect(value.items[0]?.id).toBe('a')
    expect(value.items[0]).not.toHaveProperty('mainImage')
    expect(formatIssue(warnings[0]!)).toBe('article "a" mainImage.alt: alt text is required (dropped the field "mainImage")')
  })

  it('throws a located ContentError when the problem is not droppable', () => {
    const run = () => parseContent(articleListSchema, { items: [], total: 'many' }, { label: 'latest', drop: ARTICLE_LIST_DROPS })
    expect(run).toThrow(ContentError)
    try {
      run()
    } catch (error) {
      const e = error as ContentError
      expect(e.label).toBe('latest')
      expect(e.issues).toHaveLength(1)
      expect(formatIssue(e.issues[0]!)).toBe('(latest) total: Invalid input: expected number, received string')
      expect(e.message).toContain('Invalid content in latest')
    }
  })

  it('does not mutate the input', () => {
    const data = { items: [summary('a', { title: 7 })], total: 1 }
    const before = JSON.stringify(data)
    parseContent(articleListSchema, data, { label: 'latest', drop: ARTICLE_LIST_DROPS })
    expect(JSON.stringify(data)).toBe(before)
  })

  it('formats the example from the design', () => {
    const schema = z.object({ _id: z.string(), body: z.array(z.object({ markDefs: z.array(z.object({ href: z.url() })) })) })
    const doc = { _id: 'article-foo', _type: 'article', body: [{}, {}, {}, { markDefs: [{ href: 'nope' }] }].map((b, i) => (i === 3 ? b : { markDefs: [] })) }
    try {
      parseContent(schema, doc, { label: 'article "foo"' })
      throw new Error('expected a ContentError')
    } catch (error) {
      expect(formatIssue((error as ContentError).issues[0]!)).toBe('article "article-foo" body[3].markDefs[0].href: Invalid URL')
    }
  })
})

describe('locate', () => {
  it('falls back to the outer document or none', () => {
    expect(locate({ _id: 'x', _type: 't', a: [1] }, ['a', 0])).toEqual({ documentId: 'x', documentType: 't', path: ['a', 0] })
    expect(locate({ a: 1 }, ['a'])).toEqual({ path: ['a'] })
  })
})
