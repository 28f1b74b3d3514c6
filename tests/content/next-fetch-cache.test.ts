import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { z } from 'zod'
import { createContentFetcher } from '@/lib/content/runner'

describe('Next.js caching reaches fetch', () => {
  it('passes cache: force-cache and the tags to the global fetch under the react-server condition', () => {
    const out = execFileSync(
      process.execPath,
      ['--conditions=react-server', '--import', 'tsx', path.join(__dirname, 'support/react-server-fetch.ts')],
      { cwd: path.join(__dirname, '../..'), env: { ...process.env, LAKE_HOST: '127.0.0.1', LAKE_PORT: '4171', SANITY_PROJECT_ID: '' }, encoding: 'utf8', timeout: 60_000 },
    )
    const result = JSON.parse(out) as { slugs: string[]; calls: Array<{ url: string; cache: unknown; next: unknown; hasSignal: boolean }> }
    expect(result.slugs).toEqual(['a-slug'])
    expect(result.calls).toHaveLength(1)
    const [call] = result.calls
    expect(call?.url).toMatch(/^http:\/\/127\.0\.0\.1:4171\/v2025-02-19\/data\/query\/production\?query=/)
    expect(call?.url).toContain('perspective=published')
    expect(call?.cache).toBe('force-cache')
    expect(call?.next).toEqual({ tags: ['articles'] })
    // No AbortSignal, so React's request memoisation can dedupe identical fetches within a render.
    expect(call?.hasSignal).toBe(false)
  })
})

describe('createContentFetcher', () => {
  const schema = z.object({ _id: z.string(), n: z.number() })

  it('hands the per-query request options to the client and parses the result', async () => {
    const seen: unknown[] = []
    const fetchContent = createContentFetcher({
      client: { fetch: async (query, params, options) => (seen.push({ query, params, options }), { _id: 'x', n: 1 }) },
      report: () => {},
      requestOptions: ({ tags }) => ({ cache: 'force-cache', next: { tags: [...tags] } }),
    })
    await expect(fetchContent({ query: 'Q', params: { a: 1 }, schema, tags: ['articles', 'siteSettings'], label: 'x' })).resolves.toEqual({ _id: 'x', n: 1 })
    expect(seen).toEqual([{ query: 'Q', params: { a: 1 }, options: { cache: 'force-cache', next: { tags: ['articles', 'siteSettings'] } } }])
  })

  it('returns null for a missing document without parsing', async () => {
    const fetchContent = createContentFetcher({ client: { fetch: async () => null }, report: () => {} })
    await expect(fetchContent({ query: 'Q', schema, tags: [], label: 'x' })).resolves.toBeNull()
  })

  it('reports and throws located errors', async () => {
    const reported: string[] = []
    const fetchContent = createContentFetcher({
      client: { fetch: async () => ({ _id: 'doc-1', _type: 'thing', n: 'one' }) },
      report: (issue) => reported.push(`${issue.severity} ${issue.documentId} ${issue.path.join('.')}`),
    })
    await expect(fetchContent({ query: 'Q', schema, tags: [], label: 'x' })).rejects.toMatchObject({ name: 'ContentError' })
    expect(reported).toEqual(['error doc-1 n'])
  })
})
