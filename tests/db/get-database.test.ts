import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'

describe('getDatabase', () => {
  const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL }
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsletter-getdb-'))
  })
  afterEach(() => {
    process.env.DATA_DIR = saved.DATA_DIR
    if (saved.DATABASE_URL === undefined) delete process.env.DATABASE_URL
    else process.env.DATABASE_URL = saved.DATABASE_URL
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('creates one migrated SQLite database in WAL mode at DATA_DIR/app.sqlite by default', async () => {
    process.env.DATA_DIR = dir
    delete process.env.DATABASE_URL
    let mod: typeof import('@/lib/db/database') | undefined
    jest.isolateModules(() => {
      mod = jest.requireActual<typeof import('@/lib/db/database')>('@/lib/db/database')
    })
    const { getDatabase } = mod as typeof import('@/lib/db/database')
    const [a, b] = await Promise.all([getDatabase(), getDatabase()])
    expect(a).toBe(b)
    expect(fs.existsSync(path.join(dir, 'app.sqlite'))).toBe(true)
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(a)
    expect(mode.rows[0]?.journal_mode).toBe('wal')
    expect(await a.selectFrom('newsletter_subscription').selectAll().execute()).toEqual([])
    await a.destroy()
    delete (globalThis as { __appDatabase?: unknown }).__appDatabase
  })
})
