import { sql, type Kysely } from 'kysely'
import type { NamedMigration } from './migrations'

/** Consent records (proof of each choice, change and withdrawal); owned by lib/consent. */
type AnyDatabase = Kysely<Record<string, never>>

export const consentRecordsMigration: NamedMigration = {
  name: '0002_consent_records',
  async up(db: AnyDatabase) {
    await db.schema
      .createTable('consent_record')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('consent_id', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('policy_version', 'integer', (c) => c.notNull())
      .addColumn('text_hash', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull().check(sql<boolean>`action in ('accept_all', 'reject_all', 'custom', 'withdraw')`))
      .addColumn('accepted_categories', 'text', (c) => c.notNull())
      .addColumn('rejected_categories', 'text', (c) => c.notNull())
      .addColumn('allowed_services', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull().check(sql<boolean>`source in ('banner', 'settings', 'embed', 'no-js', 'gpc')`))
      .execute()
    await db.schema.createIndex('consent_record_consent_id').on('consent_record').columns(['consent_id', 'recorded_at']).execute()
  },
  async down(db: AnyDatabase) {
    await db.schema.dropTable('consent_record').execute()
  },
}
