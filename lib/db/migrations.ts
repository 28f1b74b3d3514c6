import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely'
import { consentRecordsMigration } from './consent-records-migration'

/**
 * The app database's migrations, applied in this order. To add one (e.g. consent records), append
 * `{ name: '000N_what', up, down }` at the end with the next number; never edit or reorder an applied one.
 * Migrations use only portable types (text, integer) so they run on SQLite and PostgreSQL alike.
 */
export interface NamedMigration extends Migration {
  name: string
}

// Migrations see the schema as it was when they were written, not today's `Database` type.
type AnyDatabase = Kysely<Record<string, never>>

const sqlStatusCheck = sql<boolean>`status in ('pending', 'confirmed', 'unsubscribed')`

export const migrations: readonly NamedMigration[] = [
  {
    name: '0001_newsletter',
    async up(db: AnyDatabase) {
      await db.schema
        .createTable('newsletter_subscription')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('active_email', 'text', (c) => c.unique())
        .addColumn('status', 'text', (c) => c.notNull().check(sqlStatusCheck))
        .addColumn('token_hash', 'text', (c) => c.unique())
        .addColumn('token_expires_at', 'text')
        .addColumn('last_email_sent_at', 'text')
        .addColumn('requested_at', 'text', (c) => c.notNull())
        .addColumn('confirmed_at', 'text')
        .addColumn('unsubscribed_at', 'text')
        .addColumn('consent_text', 'text', (c) => c.notNull())
        .addColumn('consent_version', 'text', (c) => c.notNull())
        .addColumn('source_path', 'text', (c) => c.notNull())
        .addColumn('ip_hash', 'text')
        .addColumn('confirm_ip_hash', 'text')
        .execute()
      await db.schema.createIndex('newsletter_subscription_email').on('newsletter_subscription').column('email').execute()
      await db.schema
        .createTable('rate_limit')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('window_start', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .execute()
    },
    async down(db: AnyDatabase) {
      await db.schema.dropTable('rate_limit').execute()
      await db.schema.dropTable('newsletter_subscription').execute()
    },
  },
  consentRecordsMigration,
]

/** Kysely's provider for the list above; `migrationOrder` keeps the list's order authoritative. */
export function listMigrationProvider(list: readonly NamedMigration[] = migrations): MigrationProvider {
  const names = new Set<string>()
  for (const m of list) {
    if (names.has(m.name)) throw new Error(`Duplicate migration name: ${m.name}`)
    names.add(m.name)
  }
  return {
    async getMigrations() {
      return Object.fromEntries(list.map((m) => [m.name, { up: m.up, down: m.down }]))
    },
  }
}

export function migrationOrder(list: readonly NamedMigration[] = migrations): (a: string, b: string) => number {
  const position = new Map(list.map((m, i) => [m.name, i]))
  return (a, b) => (position.get(a) ?? Number.MAX_SAFE_INTEGER) - (position.get(b) ?? Number.MAX_SAFE_INTEGER) || a.localeCompare(b)
}
