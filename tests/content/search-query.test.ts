import { MAX_SEARCH_LENGTH, normaliseSearchQuery } from '@/lib/content/search-query'

describe('normaliseSearchQuery', () => {
  it('returns nothing to search for empty, blank or missing input', () => {
    for (const input of [undefined, null, '', '   ', '\n\t', []]) {
      expect(normaliseSearchQuery(input)).toEqual({ query: '', terms: [] })
    }
  })

  it('splits words into terms and makes the last one a prefix', () => {
    expect(normaliseSearchQuery('  nuclear   deter ')).toEqual({ query: 'nuclear deter', terms: ['nuclear', 'deter*'] })
  })

  it('does not make one- or two-letter last words into wildcards', () => {
    expect(normaliseSearchQuery('trade eu').terms).toEqual(['trade', 'eu'])
  })

  it("removes the reader's wildcards and GROQ separators", () => {
    expect(normaliseSearchQuery('*').terms).toEqual([])
    expect(normaliseSearchQuery('a*b').terms).toEqual(['a', 'b'])
    expect(normaliseSearchQuery('"sanctions" && (debt) || $param').terms).toEqual(['sanctions', 'debt', 'param*'])
    expect(normaliseSearchQuery('!!! ??? ---')).toEqual({ query: '', terms: [] })
  })

  it('keeps quotes and backslashes out of the query text entirely (they travel as a parameter)', () => {
    const { terms } = normaliseSearchQuery(`O'Brien \\ "x"] | order(_id)`)
    expect(terms).toEqual(["O'Brien", 'x', 'order', '_id*'])
  })

  it('shortens over-long input on a word boundary and caps the number of terms', () => {
    const long = 'word '.repeat(100)
    const { query, terms } = normaliseSearchQuery(long)
    expect(query.length).toBeLessThanOrEqual(MAX_SEARCH_LENGTH)
    expect(query.endsWith('word')).toBe(true)
    expect(terms).toHaveLength(8)
  })

  it('uses the first value of a repeated parameter', () => {
    expect(normaliseSearchQuery(['trade', 'war']).terms).toEqual(['trade*'])
  })
})
