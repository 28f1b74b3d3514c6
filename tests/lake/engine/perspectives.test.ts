import { type LakeDocument, QueryEngine } from '@/sanity/lake/engine/query-engine'

const docs: LakeDocument[] = [
  { _id: 'a1', _type: 'article', title: 'Published only', author: { _type: 'reference', _ref: 'p1' } },
  { _id: 'a2', _type: 'article', title: 'Published A2', author: { _type: 'reference', _ref: 'p1' } },
  { _id: 'drafts.a2', _type: 'article', title: 'Draft A2', author: { _type: 'reference', _ref: 'p1' } },
  { _id: 'drafts.a3', _type: 'article', title: 'Draft only' },
  { _id: 'versions.r1.a1', _type: 'article', title: 'Release version' },
  { _id: 'p1', _type: 'person', name: 'Published name' },
  { _id: 'drafts.p1', _type: 'person', name: 'Draft name' },
]

const titles = (engine: QueryEngine, perspective: 'raw' | 'published' | 'drafts') =>
  engine.query('*[_type == "article"]{_id, _originalId, title}', {}, perspective)

describe('perspectives', () => {
  it('raw shows every document, drafts and versions included', () => {
    const engine = new QueryEngine(docs)
    expect(engine.query('*._id', {}, 'raw')).toEqual([
      'a1', 'a2', 'drafts.a2', 'drafts.a3', 'drafts.p1', 'p1', 'versions.r1.a1',
    ])
  })

  it('published drops drafts and versions', () => {
    const engine = new QueryEngine(docs)
    expect(titles(engine, 'published')).toEqual([
      { _id: 'a1', _originalId: null, title: 'Published only' },
      { _id: 'a2', _originalId: null, title: 'Published A2' },
    ])
  })

  it('drafts lays drafts over published documents and keeps draft-only documents', () => {
    const engine = new QueryEngine(docs)
    expect(titles(engine, 'drafts')).toEqual([
      { _id: 'a1', _originalId: null, title: 'Published only' },
      { _id: 'a2', _originalId: 'drafts.a2', title: 'Draft A2' },
      { _id: 'a3', _originalId: 'drafts.a3', title: 'Draft only' },
    ])
  })

  it('dereferences through the same perspective', () => {
    const engine = new QueryEngine(docs)
    const query = '*[_id == "a2"][0].author->name'
    expect(engine.query(query, {}, 'published')).toBe('Published name')
    expect(engine.query(query, {}, 'drafts')).toBe('Draft name')
    expect(engine.query('*[_id == "a2"][0].author->name', {}, 'raw')).toBe('Published name')
  })

  it('keeps every view up to date across transactions', () => {
    const engine = new QueryEngine(docs)
    // Build all three views first, so the changes below go through incremental maintenance.
    for (const p of ['raw', 'published', 'drafts'] as const) titles(engine, p)
    const before = engine.revision

    engine.applyChanges([
      { id: 'drafts.a1', document: { _id: 'drafts.a1', _type: 'article', title: 'Draft A1' } },
      { id: 'drafts.a2', document: null },
      { id: 'a3', document: { _id: 'a3', _type: 'article', title: 'Published A3' } },
      { id: 'drafts.a3', document: null },
    ])
    expect(engine.revision).toBe(before + 1)
    expect(titles(engine, 'drafts')).toEqual([
      { _id: 'a1', _originalId: 'drafts.a1', title: 'Draft A1' },
      { _id: 'a2', _originalId: null, title: 'Published A2' },
      { _id: 'a3', _originalId: null, title: 'Published A3' },
    ])
    expect(titles(engine, 'published')).toEqual([
      { _id: 'a1', _originalId: null, title: 'Published only' },
      { _id: 'a2', _originalId: null, title: 'Published A2' },
      { _id: 'a3', _originalId: null, title: 'Published A3' },
    ])
    expect(engine.query('count(*[_type == "article"])', {}, 'raw')).toBe(5)

    engine.applyChanges([{ id: 'a1', document: null }])
    // The draft of a1 still shows in drafts; a1 is gone from published.
    expect(engine.query('*[_type == "article"]._id', {}, 'drafts')).toEqual(['a1', 'a2', 'a3'])
    expect(engine.query('*[_type == "article"]._id', {}, 'published')).toEqual(['a2', 'a3'])
    expect(engine.getDocument('a1')).toBeUndefined()
    expect(engine.getDocument('drafts.a1')?.title).toBe('Draft A1')
  })

  it('passes identity and now through to GROQ', () => {
    const engine = new QueryEngine(docs)
    expect(engine.query('{"me": identity(), "at": now()}', {}, 'raw', { identity: 'user-1', now: '2026-01-02T03:04:05.000Z' }))
      .toEqual({ me: 'user-1', at: '2026-01-02T03:04:05.000Z' })
  })
})
