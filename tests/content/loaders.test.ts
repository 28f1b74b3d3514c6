import { createContentLoaders } from '@/lib/content/loaders'
import { ARTICLE_BY_SLUG_QUERY } from '@/lib/content/queries'
import { createContentFetcher } from '@/lib/content/runner'

describe('article loader resilience', () => {
  it('keeps the article when the ranked related query returns something unusable', async () => {
    const reported: string[] = []
    const doc = {
      _id: 'article-a',
      _type: 'article',
      title: 'A',
      slug: 'a',
      standfirst: 'S.',
      publishedAt: '2026-01-01T00:00:00Z',
      authors: [],
      topics: [],
      body: [{ _type: 'block', _key: 'k', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 's', text: 'Hi', marks: [] }] }],
      picks: [],
    }
    const client = { fetch: async (query: string) => (query === ARTICLE_BY_SLUG_QUERY ? doc : { sharing: 'nonsense', latest: [] }) }
    const report = (issue: { severity: string; path: ReadonlyArray<string | number> }) => reported.push(`${issue.severity} ${issue.path.join('.')}`)
    const content = createContentLoaders({ fetch: createContentFetcher({ client, report }), report })
    const article = await content.getArticleBySlug('a')
    expect(article?.title).toBe('A')
    expect(article?.related).toEqual([])
    expect(reported).toEqual(['error sharing'])
  })
})
