import { createContentLoaders } from '@/lib/content/loaders'
import { ARTICLE_BY_SLUG_QUERY, LATEST_ARTICLES_QUERY, RELATED_CANDIDATES_QUERY } from '@/lib/content/queries'
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
    const client = { fetch: async (query: string) => (query === ARTICLE_BY_SLUG_QUERY ? doc : { sharing: 'nonsense' }) }
    const report = (issue: { severity: string; path: ReadonlyArray<string | number> }) => reported.push(`${issue.severity} ${issue.path.join('.')}`)
    const content = createContentLoaders({ fetch: createContentFetcher({ client, report }), report })
    const article = await content.getArticleBySlug('a')
    expect(article?.title).toBe('A')
    expect(article?.related).toEqual([])
    expect(reported).toEqual(['error sharing'])
  })

  const summary = (slug: string, publishedAt: string) => ({
    _id: `article-${slug}`,
    _type: 'article',
    title: slug.toUpperCase(),
    slug,
    standfirst: 'S.',
    publishedAt,
    authors: [],
    topics: [],
  })
  const articleDoc = { ...summary('a', '2026-01-01T00:00:00Z'), body: [], picks: [] }

  function loadersOver(sharing: unknown[], latest: unknown[]) {
    const asked: string[] = []
    const client = {
      fetch: async (query: string) => {
        asked.push(query === ARTICLE_BY_SLUG_QUERY ? 'article' : query === RELATED_CANDIDATES_QUERY ? 'sharing' : query === LATEST_ARTICLES_QUERY ? 'latest' : query)
        if (query === ARTICLE_BY_SLUG_QUERY) return articleDoc
        if (query === RELATED_CANDIDATES_QUERY) return { sharing }
        return { items: latest, total: latest.length }
      },
    }
    const report = () => {}
    return { asked, content: createContentLoaders({ fetch: createContentFetcher({ client, report }), report }) }
  }

  it('tops up too few related candidates with the latest articles, never the article itself', async () => {
    const { asked, content } = loadersOver(
      [summary('b', '2025-06-01T00:00:00Z')],
      [summary('a', '2026-01-01T00:00:00Z'), summary('c', '2025-12-01T00:00:00Z'), summary('b', '2025-06-01T00:00:00Z'), summary('d', '2025-11-01T00:00:00Z')],
    )
    const article = await content.getArticleBySlug('a')
    expect(article?.related.map((r) => r.slug).sort()).toEqual(['b', 'c', 'd'])
    expect(asked.sort()).toEqual(['article', 'latest', 'sharing'])
  })

  it('asks for the latest articles only when the sharing candidates are too few', async () => {
    const sharing = ['b', 'c', 'd', 'e'].map((slug) => summary(slug, '2025-06-01T00:00:00Z'))
    const { asked, content } = loadersOver(sharing, [])
    const article = await content.getArticleBySlug('a')
    expect(article?.related).toHaveLength(4)
    expect(asked.sort()).toEqual(['article', 'sharing'])
  })
})
