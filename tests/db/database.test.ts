import { sql } from 'kysely'
import { createDatabase, databaseKind } from '@/lib/db/database'
import { migrations, migrationOrder, listMigrationProvider, type NamedMigration } from '@/lib/db/migrations'
import { hitRateLimit } from '@/lib/newsletter/rate-limit'
import { backends, openTestDatabase, type TestDatabase } from './backends'

describe('databaseKind', () => {
  it('chooses PostgreSQL only for postgres URLs', () => {
    expect(databaseKind('postgres://u:p@127.0.0.1:5432/db')).toBe('postgres')
    expect(databaseKind('postgresql://127.0.0.1/db')).toBe('postgres')
    expect(databaseKind(undefined)).toBe('sqlite')
    expect(databaseKind('sqlite:/tmp/x.sqlite')).toBe('sqlite')
  })

  it('refuses a DATABASE_URL it does not understand, without echoing a password', async () => {
    await expect(createDatabase('mysql://user:hunter2@db/app')).rejects.toThrow(/postgres:\/\/ URL or sqlite:PATH/)
    await expect(createDatabase('mysql://user:hunter2@db/app')).rejects.not.toThrow(/hunter2/)
  })
})

describe('migration list', () => {
  it('starts with the newsletter migration and has unique names', () => {
    expect(migrations[0]?.name).toBe('0001_newsletter')
    expect(new Set(migrations.map((m) => m.name)).size).toBe(migrations.length)
  })

  it('orders by position in the list, not by name', () => {
    const list: NamedMigration[] = [
      { name: 'b', up: async () => {} },
      { name: 'a', up: async () => {} },
    ]
    expect(['a', 'b'].sort(migrationOrder(list))).toEqual(['b', 'a'])
  })

  it('rejects duplicate names', () => {
    const m: NamedMigration = { name: 'x', up: async () => {} }
    expect(() => listMigrationProvider([m, m])).toThrow(/Duplicate migration name: x/)
  })
})

// Constraint errors are matched by message, not with toThrow(): better-sqlite3's native addon keeps the error class
// of the first jest test file that loaded it, so in later files its errors are not `instanceof Error`.
describe.each(backends)('store on %s', (backend) => {
  let t: TestDatabase
  beforeEach(async () => {
    t = await openTestDatabase(backend)
  })
  afterEach(async () => {
    await t.cleanup()
  })

  it('creates the tables and records the applied migrations', async () => {
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(t.db)
    expect(applied.rows.map((r) => r.name)).toEqual(migrations.map((m) => m.name))
    expect(await t.db.selectFrom('newsletter_subscription').selectAll().execute()).toEqual([])
  })

  it('opening the same database again runs no migration twice', async () => {
    const again = await createDatabase(t.options)
    const applied = await sql<{ n: number | string }>`select count(*) as n from kysely_migration`.execute(again)
    expect(Number(applied.rows[0]?.n)).toBe(migrations.length)
    await again.destroy()
  })

  it('runs a migration appended to the list later (how consent records will add their table)', async () => {
    const extended: NamedMigration[] = [
      ...migrations,
      {
        name: '0002_example',
        up: async (db) => {
          await db.schema.createTable('example').addColumn('id', 'text', (c) => c.primaryKey()).execute()
        },
      },
    ]
    const again = await createDatabase({ ...t.options, migrations: extended })
    await sql`insert into example (id) values ('one')`.execute(again)
    const rows = await sql<{ id: string }>`select id from example`.execute(again)
    expect(rows.rows).toEqual([{ id: 'one' }])
    await again.destroy()
  })

  it('allows one live subscription per address but any number of ended ones', async () => {
    const row = (id: string, active: string | null) => ({
      id,
      email: 'a@example.com',
      active_email: active,
      status: active ? ('pending' as const) : ('unsubscribed' as const),
      token_hash: null,
      token_expires_at: null,
      last_email_sent_at: null,
      requested_at: '2026-01-01T00:00:00.000Z',
      confirmed_at: null,
      unsubscribed_at: null,
      consent_text: 'text',
      consent_version: '1',
      source_path: '/',
      ip_hash: null,
      confirm_ip_hash: null,
    })
    await t.db.insertInto('newsletter_subscription').values([row('1', null), row('2', null), row('3', 'a@example.com')]).execute()
    await expect(t.db.insertInto('newsletter_subscription').values(row('4', 'a@example.com')).execute()).rejects.toMatchObject({
      message: expect.stringMatching(/UNIQUE constraint failed|duplicate key value/),
    })
  })

  it('rejects an unknown status', async () => {
    await expect(
      sql`insert into newsletter_subscription (id, email, status, requested_at, consent_text, consent_version, source_path)
          values ('x', 'a@example.com', 'bogus', 'now', 't', '1', '/')`.execute(t.db),
    ).rejects.toMatchObject({ message: expect.stringMatching(/CHECK constraint failed|violates check constraint/) })
  })

  it('counts rate-limit hits in a window and restarts the window when it has passed', async () => {
    const rule = { limit: 2, windowMs: 60_000 }
    const start = new Date('2026-01-01T00:00:00Z')
    const at = (ms: number) => new Date(start.getTime() + ms)
    expect(await hitRateLimit(t.db, 'k', rule, at(0))).toEqual({ allowed: true, count: 1 })
    expect(await hitRateLimit(t.db, 'k', rule, at(1000))).toEqual({ allowed: true, count: 2 })
    expect(await hitRateLimit(t.db, 'k', rule, at(2000))).toEqual({ allowed: false, count: 3 })
    expect(await hitRateLimit(t.db, 'other', rule, at(2000))).toEqual({ allowed: true, count: 1 })
    expect(await hitRateLimit(t.db, 'k', rule, at(61_000))).toEqual({ allowed: true, count: 1 })
  })

  it('counts concurrent rate-limit hits exactly', async () => {
    const rule = { limit: 100, windowMs: 60_000 }
    const now = new Date('2026-01-01T00:00:00Z')
    const results = await Promise.all(Array.from({ length: 12 }, () => hitRateLimit(t.db, 'burst', rule, now)))
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1))
  })
})
