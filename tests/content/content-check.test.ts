import { spawnSync } from 'node:child_process'
import path from 'node:path'

const ROOT = path.join(__dirname, '../..')

function contentCheck(file: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts', file], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, SANITY_PROJECT_ID: '' },
  })
  return { status: result.status, out: result.stdout + result.stderr }
}

describe('npm run content:check', () => {
  it('passes on the seed', () => {
    const { status, out } = contentCheck('sanity/seed/seed.ndjson')
    expect(out).toContain('no problems')
    expect(status).toBe(0)
  })

  it('fails on broken content, naming each document and field', () => {
    const { status, out } = contentCheck('tests/content/fixtures/broken.ndjson')
    expect(status).toBe(1)
    expect(out).toMatch(/ERROR article "article-bad-date" publishedAt: is not an ISO date-time/)
    expect(out).toMatch(/WARN  article "article-missing-author" authors\[0\]: reference to a missing or unpublished document/)
    expect(out).toMatch(/WARN  article "article-js-link" body\[0\]\.markDefs\[0\]\.href: unsafe/)
    expect(out).toMatch(/WARN  article "article-unknown-block" body\[1\]: unknown block type "pullQuote"/)
    expect(out).toMatch(/ERROR author "author-nameless" name: required value is missing/)
    expect(out).not.toContain('draft-only')
  })

  it('fails clearly on a file that does not exist', () => {
    const { status, out } = contentCheck('/tmp/content-no-such-file.ndjson')
    expect(status).toBe(1)
    expect(out).toContain('/tmp/content-no-such-file.ndjson: no such file')
  })
})
