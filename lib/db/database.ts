import 'server-only'
import fs from 'node:fs'
import path from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import { CompiledQuery, Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely'
import { Pool } from 'pg'
import { serverEnv } from '@/lib/env'
import type { Database } from './schema'
import { listMigrationProvider, migrationOrder, migrations as appMigrations, type NamedMigration } from './migrations'

export type AppDatabase = Kysely<Database>
export type DatabaseKind = 'sqlite' | 'postgres'

export interface DatabaseOptions {
  /** `postgres://…` / `postgresql://…` for PostgreSQL; `sqlite:PATH`, `file:PATH`, `:memory:` or unset for SQLite. */
  url?: string
  /** SQLite file used when `url` is unset. */
  sqlitePath?: string
  /** PostgreSQL only: a schema created on demand and put first on the search path (isolates test suites). */
  pgSchema?: string
  migrations?: readonly NamedMigration[]
}

export function databaseKind(url: string | undefined): DatabaseKind {
  return url && /^postgres(ql)?:\/\//i.test(url) ? 'postgres' : 'sqlite'
}

function sqliteFile(options: DatabaseOptions): string {
  const url = options.url
  if (!url) {
    if (!options.sqlitePath) throw new Error('createDatabase: give a url or a sqlitePath')
    return options.sqlitePath
  }
  if (url === ':memory:') return url
  const match = /^(?:sqlite|file):(.+)$/i.exec(url)
  if (!match?.[1]) {
    throw new Error(`DATABASE_URL must be a postgres:// URL or sqlite:PATH, got "${url.replace(/\/\/[^@/]*@/, '//…@')}"`)
  }
  return match[1].replace(/^\/\/(?=\/)/, '')
}

const quoteIdent = (name: string) => {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Invalid schema name: ${name}`)
  return `"${name}"`
}

function createKysely(options: DatabaseOptions): { db: AppDatabase; kind: DatabaseKind } {
  if (databaseKind(options.url) === 'postgres') {
    const schema = options.pgSchema ? quoteIdent(options.pgSchema) : undefined
    const dialect = new PostgresDialect({
      pool: new Pool({ connectionString: options.url, max: 10 }),
      onCreateConnection: schema
        ? async (connection) => {
            await connection.executeQuery(CompiledQuery.raw(`create schema if not exists ${schema}`))
            await connection.executeQuery(CompiledQuery.raw(`set search_path to ${schema}`))
          }
        : undefined,
    })
    return { db: new Kysely<Database>({ dialect }), kind: 'postgres' }
  }
  const file = sqliteFile(options)
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  const sqlite = new SqliteDatabase(file)
  // WAL lets readers proceed during a write; busy_timeout makes a second process wait instead of failing.
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('busy_timeout = 5000')
  sqlite.pragma('foreign_keys = ON')
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }), kind: 'sqlite' }
}

export async function migrateToLatest(
  db: AppDatabase,
  list: readonly NamedMigration[] = appMigrations,
  pgSchema?: string,
): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: listMigrationProvider(list),
    nameComparator: migrationOrder(list),
    // Kysely looks for its bookkeeping tables across all schemas unless told which one is ours.
    ...(pgSchema ? { migrationTableSchema: pgSchema } : {}),
  })
  const { error, results } = await migrator.migrateToLatest()
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName
    throw new Error(`Database migration ${failed ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    })
  }
}

/** A new, migrated database. Tests use this; the app uses `getDatabase()`. */
export async function createDatabase(urlOrOptions: string | DatabaseOptions): Promise<AppDatabase> {
  const options = typeof urlOrOptions === 'string' ? { url: urlOrOptions } : urlOrOptions
  const { db, kind } = createKysely(options)
  try {
    await migrateToLatest(db, options.migrations, kind === 'postgres' ? options.pgSchema : undefined)
  } catch (error) {
    await db.destroy()
    throw error
  }
  return db
}

// Kept on globalThis so Next's dev-mode module reloading does not open a new pool per edit.
const globalCache = globalThis as typeof globalThis & { __appDatabase?: Promise<AppDatabase> }

/** The app's database, created and migrated once per process (SQLite at DATA_DIR/app.sqlite unless DATABASE_URL is postgres). */
export function getDatabase(): Promise<AppDatabase> {
  if (!globalCache.__appDatabase) {
    const pending = createDatabase({ url: serverEnv.DATABASE_URL, sqlitePath: path.join(serverEnv.DATA_DIR, 'app.sqlite') })
    // A failed start (e.g. the database is down) is retried on the next call instead of being cached.
    pending.catch(() => {
      if (globalCache.__appDatabase === pending) globalCache.__appDatabase = undefined
    })
    globalCache.__appDatabase = pending
  }
  return globalCache.__appDatabase
}
