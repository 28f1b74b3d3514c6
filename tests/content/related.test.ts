import { relatedScore, selectRelated } from '@/lib/content/related'
import type { ArticleSummary } from '@/lib/content/types'

const now = new Date('2026-06-01T00:00:00Z')
const topic = (id: string) => ({ id, title: id, slug: id })
const author = (id: string) => ({ id, name: id, slug: id, role: 'r', bio: 'b' })
function article(id: string, opts: { topics?: string[]; authors?: string[]; publishedAt?: string } = {}): ArticleSummary {
  return {
    id,
    title: id,
    slug: id,
    standfirst: 's',
    publishedAt: opts.publishedAt ?? '2026-01-01T00:00:00Z',
    authors: (opts.authors ?? ['someone']).map(author),
    topics: (opts.topics ?? ['misc']).map(topic),
  }
}

const self = article('self', { topics: ['trade', 'energy'], authors: ['jane'] })

describe('selectRelated', () => {
  it("puts the editor's picks first, in their order", () => {
    const picks = [article('p2'), article('p1')]
    const candidates = [article('c1', { topics: ['trade', 'energy'] })]
    expect(selectRelated({ article: self, picks, candidates, now }).map((a) => a.id)).toEqual(['p2', 'p1', 'c1'])
  })

  it('ranks shared topics above shared authors above recency', () => {
    const candidates = [
      article('recent', { publishedAt: '2026-05-31T00:00:00Z' }),
      article('same-author', { authors: ['jane'], publishedAt: '2025-01-01T00:00:00Z' }),
      article('one-topic', { topics: ['trade'], publishedAt: '2024-01-01T00:00:00Z' }),
      article('two-topics', { topics: ['trade', 'energy'], publishedAt: '2020-01-01T00:00:00Z' }),
      article('old', { publishedAt: '2010-01-01T00:00:00Z' }),
    ]
    expect(selectRelated({ article: self, picks: [], candidates, now }).map((a) => a.id)).toEqual([
      'two-topics',
      'one-topic',
      'same-author',
      'recent',
    ])
  })

  it('never returns the article itself, a draft or a duplicate, and stops at 4', () => {
    const candidates = [
      article('self', { topics: ['trade'] }),
      article('drafts.x', { topics: ['trade'] }),
      article('versions.r1.y', { topics: ['trade'] }),
      article('a', { topics: ['trade'] }),
      article('a', { topics: ['trade'] }),
      article('b'),
      article('c'),
      article('d'),
      article('e'),
    ]
    const picks = [article('self'), article('drafts.z'), article('b')]
    const ids = selectRelated({ article: self, picks, candidates, now }).map((a) => a.id)
    expect(ids).toHaveLength(4)
    expect(new Set(ids).size).toBe(4)
    expect(ids[0]).toBe('b')
    expect(ids).toContain('a')
    expect(ids.some((id) => id === 'self' || id.includes('.'))).toBe(false)
  })

  it('returns some when the archive has any other article, even with nothing in common', () => {
    expect(selectRelated({ article: self, picks: [], candidates: [article('lonely', { topics: ['x'], authors: ['y'] })], now })).toHaveLength(1)
    expect(selectRelated({ article: self, picks: [], candidates: [], now })).toEqual([])
  })

  it('is deterministic for ties', () => {
    const candidates = [article('b'), article('a'), article('c')]
    expect(selectRelated({ article: self, picks: [], candidates, now }).map((a) => a.id)).toEqual(['a', 'b', 'c'])
    expect(selectRelated({ article: self, picks: [], candidates: [...candidates].reverse(), now }).map((a) => a.id)).toEqual(['a', 'b', 'c'])
  })

  it('scores a bad date as not recent rather than failing', () => {
    expect(relatedScore(self, article('x', { publishedAt: 'garbage' }), now)).toBe(0)
  })
})
