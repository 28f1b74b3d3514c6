import { QueryEngine } from '@/sanity/lake/engine/query-engine'
import { generateSyntheticDataset } from '@/sanity/seed/synthetic'

// A subquery that does not use `^` would be evaluated once per document by groq-js (quadratic: minutes at
// 2,000 articles). The planner evaluates it once. These tests assert results; timings live in `npm run bench`.
describe('subquery hoisting', () => {
  const docs = generateSyntheticDataset({ articles: 2000, seed: 3 })
  const engine = new QueryEngine(docs)

  it('answers a topic page whose filter looks the topic up by slug', () => {
    const topic = docs.find((d) => d._type === 'topic' && (d.slug as { current: string }).current === 'nato')!
    const expected = docs
      .filter((d) => d._type === 'article' && (d.topics as Array<{ _ref: string }>).some((t) => t._ref === topic._id))
      .map((d) => d._id)
      .sort()
    expect(expected.length).toBeGreaterThan(10)

    const result = engine.query(
      '*[_type == "article" && references(*[_type == "topic" && slug.current == $t][0]._id)]._id',
      { t: 'nato' },
      'published',
    )
    expect(result).toEqual(expected)
  })

  it('evaluates a per-element subquery without `^` once', () => {
    const result = engine.query(
      '*[_type == "article"][0...200]{_id, "topics": count(*[_type == "topic"]), "authorNames": *[_type == "author" && _id in *[_type == "author"][0...3]._id].name}',
      {},
      'published',
    ) as Array<{ topics: number; authorNames: string[] }>
    expect(result).toHaveLength(200)
    const authorNames = docs.filter((d) => d._type === 'author').slice(0, 3).map((d) => d.name)
    for (const row of result) {
      expect(row.topics).toBe(24)
      expect(row.authorNames).toEqual(authorNames)
    }
  })

  it('does not hoist a subquery that uses `^`', () => {
    const result = engine.query(
      '*[_type == "topic"][0...3]{_id, "articles": count(*[_type == "article" && references(^._id)])}',
      {},
      'published',
    ) as Array<{ _id: string; articles: number }>
    for (const row of result) {
      const expected = docs.filter(
        (d) => d._type === 'article' && (d.topics as Array<{ _ref: string }>).some((t) => t._ref === row._id),
      ).length
      expect(row.articles).toBe(expected)
    }
  })
})
