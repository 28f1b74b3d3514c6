import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { sql } from 'kysely'
import { createDatabase, type AppDatabase, type DatabaseOptions } from '@/lib/db/database'

/**
 * The backends the store's suites run on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set
 * (`export TEST_DATABASE_URL="$(.ci/postgres.sh)"`). Without it the PostgreSQL cases are not generated.
 */
export type Backend = 'sqlite' | 'postgres'
export const backends: Backend[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite']

export interface TestDatabase {
  db: AppDatabase
  options: DatabaseOptions
  cleanup(): Promise<void>
}

/** A fresh database: a new SQLite file, or a new PostgreSQL schema dropped afterwards. */
export async function openTestDatabase(backend: Backend): Promise<TestDatabase> {
  if (backend === 'postgres') {
    const options: DatabaseOptions = {
      url: process.env.TEST_DATABASE_URL,
      pgSchema: `test_${randomBytes(6).toString('hex')}`,
    }
    const db = await createDatabase(options)
    return {
      db,
      options,
      async cleanup() {
        await sql`drop schema ${sql.id(options.pgSchema as string)} cascade`.execute(db)
        await db.destroy()
      },
    }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsletter-test-'))
  const options: DatabaseOptions = { sqlitePath: path.join(dir, 'app.sqlite') }
  const db = await createDatabase(options)
  return {
    db,
    options,
    async cleanup() {
      await db.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
