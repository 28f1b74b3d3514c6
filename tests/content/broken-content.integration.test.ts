import path from 'node:path'
import { formatIssue } from '@/lib/content/issues'
import { startTestContent, type TestContent } from './support/lake'

const FIXTURE = path.join(__dirname, 'fixtures/broken.ndjson')

let t: TestContent
beforeAll(async () => {
  t = await startTestContent(FIXTURE)
})
afterAll(async () => {
  await t?.stop()
})
beforeEach(() => {
  t.issues.length = 0
})
const reported = () => t.issues.map(formatIssue)

describe('broken content', () => {
  it('drops broken and dangling related picks, never showing drafts', async () => {
    const article = await t.content.getArticleBySlug('healthy')
    expect(article?.title).toBe('Article healthy')
    const related = article?.related.map((r) => r.slug) ?? []
    // Picks: bad-date (invalid), gone (dangling), draft-only (unpublished) are dropped; missing-author stays first.
    expect(related[0]).toBe('missing-author')
    expect(related).not.toContain('bad-date')
    expect(related).not.toContain('draft-only')
    expect(related.length).toBe(4)
    expect(reported()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^article "article-bad-date" publishedAt: is not an ISO date-time/),
        expect.stringMatching(/^article "article-healthy" picks\[1\]: reference to a missing or unpublished document \(dropped the item\)$/),
      ]),
    )
  })

  it('removes internal links to unpublished articles but keeps the text', async () => {
    const article = await t.content.getArticleBySlug('healthy')
    const block = article?.body[1]
    expect(block?._type).toBe('block')
    if (block?._type !== 'block') return
    expect(block.markDefs).toEqual([{ _type: 'link', _key: 'l2', href: '/articles/unknown-block', openInNewTab: false, internal: true }])
    expect(block.children.map((c) => c.text).join('')).toBe('A link to a draft and to a published piece.')
    expect(reported()).toContain(
      'article "article-healthy" body[1].markDefs[0].reference: internal link to a missing or unpublished article (link removed, text kept)',
    )
  })

  it('drops a missing author from the byline, not the article', async () => {
    const article = await t.content.getArticleBySlug('missing-author')
    expect(article?.authors.map((a) => a.slug)).toEqual(['jane-doe'])
    expect(reported()).toEqual(expect.arrayContaining([expect.stringMatching(/^article "article-missing-author" authors\[0\]: /)]))
  })

  it('attributes an invalid author to the author document', async () => {
    const article = await t.content.getArticleBySlug('nameless-author')
    expect(article?.authors).toEqual([])
    expect(reported()).toEqual(expect.arrayContaining([expect.stringMatching(/^author "author-nameless" name: /)]))
  })

  it('drops a dangling topic reference', async () => {
    const article = await t.content.getArticleBySlug('dangling-topic')
    expect(article?.topics.map((x) => x.slug)).toEqual(['energy'])
    expect(reported()).toEqual(expect.arrayContaining([expect.stringMatching(/^article "article-dangling-topic" topics\[0\]: /)]))
  })

  it('drops an unknown block type with a warning', async () => {
    const article = await t.content.getArticleBySlug('unknown-block')
    expect(article?.body.map((b) => b._key)).toEqual(['p1', 'p2'])
    expect(reported()).toContain('article "article-unknown-block" body[1]: unknown block type "pullQuote" (block dropped)')
  })

  it('renders a javascript: link as plain text', async () => {
    const article = await t.content.getArticleBySlug('js-link')
    const block = article?.body[0]
    if (block?._type !== 'block') throw new Error('expected a text block')
    expect(block.markDefs).toEqual([])
    expect(block.children[0]).toMatchObject({ text: 'Click me', marks: ['strong'] })
    expect(JSON.stringify(article)).not.toContain('javascript:')
    expect(reported()).toEqual(expect.arrayContaining([expect.stringMatching(/^article "article-js-link" body\[0\]\.markDefs\[0\]\.href: unsafe/)]))
  })

  it('fails an article page with a wrong publication date with a located ContentError', async () => {
    await expect(t.content.getArticleBySlug('bad-date')).rejects.toMatchObject({
      name: 'ContentError',
      issues: [expect.objectContaining({ documentId: 'article-bad-date', path: ['publishedAt'] })],
    })
    // The related candidates, asked for at the same time, report their own broken items; the article once.
    expect(reported().filter((line) => line.includes('article-bad-date'))).toEqual([
      expect.stringMatching(/^article "article-bad-date" publishedAt: is not an ISO date-time/),
    ])
  })

  it('drops a wrong optional date, keeping the article', async () => {
    const article = await t.content.getArticleBySlug('bad-updated')
    expect(article?.publishedAt).toBe('2026-02-06T10:00:00Z')
    expect(article).not.toHaveProperty('updatedAt')
    // Other broken articles among the related candidates are reported too; this one only for its date.
    expect(reported().filter((line) => line.includes('article-bad-updated'))).toEqual([
      expect.stringMatching(/^article "article-bad-updated" updatedAt: .*\(dropped the field "updatedAt"\)$/),
    ])
  })

  it('keeps a broken article out of lists, with a warning, and lists the rest', async () => {
    const latest = await t.content.getLatestArticles(1)
    const slugs = latest.items.map((i) => i.slug)
    expect(slugs).toEqual(expect.arrayContaining(['healthy', 'missing-author', 'js-link', 'bad-updated']))
    expect(slugs).not.toContain('bad-date')
    expect(reported()).toEqual(expect.arrayContaining([expect.stringMatching(/^article "article-bad-date" publishedAt: /)]))
  })
})

describe('drafts never leak into the published perspective', () => {
  it('shows the published version, not the draft', async () => {
    expect((await t.content.getArticleBySlug('healthy'))?.title).toBe('Article healthy')
  })

  it('does not find, list, search or relate a draft-only article', async () => {
    expect(await t.content.getArticleBySlug('draft-only')).toBeNull()
    expect(await t.content.getAllArticleSlugs()).not.toContain('draft-only')
    const everything = JSON.stringify([
      await t.content.getLatestArticles(1),
      await t.content.getTopicBySlug('trade', 1),
      await t.content.getAuthorBySlug('jane-doe', 1),
      await t.content.searchArticles('unpublished draft', 1),
      await t.content.searchArticles('DRAFT TITLE', 1),
      ...(await Promise.all((await t.content.getAllArticleSlugs()).map((s) => t.content.getArticleBySlug(s).catch(() => null)))),
    ])
    expect(everything).not.toContain('drafts.')
    expect(everything).not.toContain('DRAFT TITLE MUST NOT LEAK')
    expect(everything).not.toContain('Unpublished draft')
  })
})
