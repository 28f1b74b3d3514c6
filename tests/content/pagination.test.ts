import { isPageOutOfRange, normalisePage, pageSlice, paginate, parsePageParam } from '@/lib/content/pagination'

describe('parsePageParam', () => {
  it('treats a missing parameter as page 1', () => {
    expect(parsePageParam(undefined)).toEqual({ ok: true, page: 1 })
    expect(parsePageParam(null)).toEqual({ ok: true, page: 1 })
  })

  it('accepts canonical positive integers', () => {
    expect(parsePageParam('1')).toEqual({ ok: true, page: 1 })
    expect(parsePageParam('2')).toEqual({ ok: true, page: 2 })
    expect(parsePageParam('10000')).toEqual({ ok: true, page: 10000 })
  })

  it.each(['abc', '0', '-1', '1e9', '01', '1.5', '', ' 2', '2 ', '0x10', '10001', '999999999999'])('rejects %j', (value) => {
    expect(parsePageParam(value).ok).toBe(false)
  })

  it('rejects a repeated parameter', () => {
    expect(parsePageParam(['1', '2'])).toEqual({ ok: false, reason: 'page given more than once' })
  })
})

describe('paging arithmetic', () => {
  it('slices 12 a page with an exclusive end', () => {
    expect(pageSlice(1)).toEqual({ start: 0, end: 12 })
    expect(pageSlice(3)).toEqual({ start: 24, end: 36 })
  })

  it('normalises nonsense page numbers from code to 1', () => {
    expect(normalisePage(0)).toBe(1)
    expect(normalisePage(-3)).toBe(1)
    expect(normalisePage(2.5)).toBe(1)
    expect(normalisePage(Number.NaN)).toBe(1)
    expect(normalisePage(1e12)).toBe(10000)
  })

  it('counts pages, with one (empty) page for an empty list', () => {
    expect(paginate([], 0, 1)).toEqual({ items: [], page: 1, pageSize: 12, total: 0, pageCount: 1 })
    expect(paginate(['a'], 25, 3).pageCount).toBe(3)
    expect(paginate(['a'], 24, 2).pageCount).toBe(2)
  })

  it('finds pages past the end, never page 1', () => {
    expect(isPageOutOfRange({ page: 1, pageCount: 1 })).toBe(false)
    expect(isPageOutOfRange({ page: 2, pageCount: 2 })).toBe(false)
    expect(isPageOutOfRange({ page: 3, pageCount: 2 })).toBe(true)
  })
})
