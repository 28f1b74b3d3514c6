import { GroqQueryError, type LakeDocument, QueryEngine } from '@/sanity/lake/engine/query-engine'

const docs: LakeDocument[] = [
  { _id: 'a', _type: 'article', title: 'First' },
  { _id: 'b', _type: 'article', title: 'Second' },
]

function caught(run: () => unknown): GroqQueryError {
  try {
    run()
  } catch (error) {
    if (error instanceof GroqQueryError) return error
    throw error
  }
  throw new Error('expected a GroqQueryError')
}

describe('result cache', () => {
  const query = '*[_type == "article" && _id == $id][0]{title}'

  it('answers a repeated query from the cache until a transaction commits', () => {
    const engine = new QueryEngine(docs)
    const first = engine.query(query, { id: 'a' }, 'published')
    expect(first).toEqual({ title: 'First' })
    // Same object: served from the cache, not evaluated again.
    expect(engine.query(query, { id: 'a' }, 'published')).toBe(first)
    // Different params, perspective or identity are different entries.
    expect(engine.query(query, { id: 'b' }, 'published')).toEqual({ title: 'Second' })
    expect(engine.query(query, { id: 'a' }, 'raw')).not.toBe(first)
    expect(engine.query(query, { id: 'a' }, 'published', { identity: 'someone' })).not.toBe(first)

    engine.applyChanges([{ id: 'a', document: { _id: 'a', _type: 'article', title: 'First, edited' } }])
    expect(engine.query(query, { id: 'a' }, 'published')).toEqual({ title: 'First, edited' })
  })

  it('serialises a cached result once for queryJson', () => {
    const engine = new QueryEngine(docs)
    const json = engine.queryJson(query, { id: 'b' }, 'published')
    expect(JSON.parse(json)).toEqual({ title: 'Second' })
    expect(engine.queryJson(query, { id: 'b' }, 'published')).toBe(json)
    expect(engine.queryJson(query, { id: 'none' }, 'published')).toBe('null')
    engine.applyChanges([{ id: 'b', document: null }])
    expect(engine.queryJson(query, { id: 'b' }, 'published')).toBe('null')
  })

  it('is bounded, dropping the least recently used entry', () => {
    const engine = new QueryEngine(docs, { cacheSize: 2 })
    const a = engine.query(query, { id: 'a' }, 'raw')
    const b = engine.query(query, { id: 'b' }, 'raw')
    expect(engine.query(query, { id: 'a' }, 'raw')).toBe(a) // a is now the most recent
    engine.query('count(*)', {}, 'raw') // evicts b
    expect(engine.query(query, { id: 'a' }, 'raw')).toBe(a)
    const bAgain = engine.query(query, { id: 'b' }, 'raw')
    expect(bAgain).toEqual(b)
    expect(bAgain).not.toBe(b)
  })

  it('does not cache a query using now() unless the caller fixes the time', () => {
    const engine = new QueryEngine(docs)
    const first = engine.query('{"t": now()}', {}, 'raw')
    expect(engine.query('{"t": now()}', {}, 'raw')).not.toBe(first)
    const fixed = engine.query('{"t": now()}', {}, 'raw', { now: '2026-01-01T00:00:00Z' })
    expect(engine.query('{"t": now()}', {}, 'raw', { now: '2026-01-01T00:00:00Z' })).toBe(fixed)
  })
})

describe('errors', () => {
  const engine = new QueryEngine(docs)

  it('reports a syntax error as queryParseError with its position', () => {
    const error = caught(() => engine.query('*[_type == "article"', {}, 'raw'))
    expect(error.type).toBe('queryParseError')
    expect(error.query).toBe('*[_type == "article"')
    expect(typeof error.start).toBe('number')
    expect(error.end).toBeGreaterThan(error.start!)
    expect(error.description).toMatch(/syntax error/i)
  })

  it('reports an unknown function as queryParseError', () => {
    const error = caught(() => engine.query('nosuch(1)', {}, 'raw'))
    expect(error.type).toBe('queryParseError')
    expect(error.description).toMatch(/nosuch/)
  })

  it('names a parameter the query uses but the request does not provide', () => {
    const query = '*[_type == "article" && slug.current == $slug]'
    const error = caught(() => engine.query(query, {}, 'raw'))
    expect(error.type).toBe('queryParseError')
    expect(error.description).toBe('param $slug referenced, but not provided')
    expect(query.slice(error.start, error.end)).toBe('$slug')
  })

  it('reports an evaluation failure as queryExecutionError', () => {
    const error = caught(() => engine.query('(1, 2)', {}, 'raw'))
    expect(error.type).toBe('queryExecutionError')
    expect(error.description).toMatch(/tuple/)
  })

  it('accepts parameters in slice bounds', () => {
    expect(engine.query('*[_type == "article"][0...$n]._id', { n: 1 }, 'raw')).toEqual(['a'])
    expect(engine.query('*[_type == "article"][0...$n]._id', { n: 2 }, 'raw')).toEqual(['a', 'b'])
  })
})
