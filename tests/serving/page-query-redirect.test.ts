import { pageQueryRedirect } from '@/lib/serving/page-query-redirect'

describe('pageQueryRedirect', () => {
  it("sends ?page=n on a list to the page's own address, keeping other parameters", () => {
    expect(pageQueryRedirect('/?page=2')).toBe('/page/2')
    expect(pageQueryRedirect('/topics/trade-economy?page=3')).toBe('/topics/trade-economy/page/3')
    expect(pageQueryRedirect('/authors/jane?utm_source=x&page=12')).toBe('/authors/jane/page/12?utm_source=x')
    expect(pageQueryRedirect('/?page=1')).toBe('/')
    expect(pageQueryRedirect('/topics/t?page=1&a=b')).toBe('/topics/t?a=b')
  })

  it('leaves everything else alone: no page, bad numbers, other paths', () => {
    for (const url of ['/', '/?q=1', '/?page=0', '/?page=-1', '/?page=2.5', '/?page=abc', '/?page=01', '/?page=9999999', '/?page=',
      '/search?page=2', '/articles/a?page=2', '/topics/t/page/2?page=3', '/topics?page=2']) {
      expect(pageQueryRedirect(url)).toBeNull()
    }
  })
})
