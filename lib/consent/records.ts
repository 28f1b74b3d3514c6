import type { Kysely } from 'kysely'
import type { ConsentAction, ConsentSource } from './choices'
import { consentRecordSchema, type ConsentRecord } from './record'

/** Row type of `consent_record` (migration 0002 in lib/db). Lists are JSON arrays in text columns. */
export interface ConsentRecordTable {
  id: string
  consent_id: string
  recorded_at: string
  policy_version: number
  text_hash: string
  action: ConsentAction
  accepted_categories: string
  rejected_categories: string
  allowed_services: string
  source: ConsentSource
}

export type ConsentRecordStore = {
  insert(record: ConsentRecord): Promise<void>
  /** Every record of one consent id, oldest first; records with the same time in id order (time-ordered ids, see record-id.ts). */
  listByConsentId(consentId: string): Promise<ConsentRecord[]>
}

const parseList = (json: string): string[] => {
  const value: unknown = JSON.parse(json)
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

// Any Kysely database: the table comes from our own migration, so it is added to the type here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function createConsentRecordStore(database: Kysely<any>): ConsentRecordStore {
  const db = database.withTables<{ consent_record: ConsentRecordTable }>()
  return {
    async insert(record) {
      const r = consentRecordSchema.parse(record)
      await db
        .insertInto('consent_record')
        .values({
          id: r.id,
          consent_id: r.consentId,
          recorded_at: r.recordedAt,
          policy_version: r.policyVersion,
          text_hash: r.textHash,
          action: r.action,
          accepted_categories: JSON.stringify(r.acceptedCategories),
          rejected_categories: JSON.stringify(r.rejectedCategories),
          allowed_services: JSON.stringify(r.allowedServices),
          source: r.source,
        })
        .execute()
    },
    async listByConsentId(consentId) {
      const rows = await db
        .selectFrom('consent_record')
        .selectAll()
        .where('consent_id', '=', consentId)
        .orderBy('recorded_at')
        .orderBy('id')
        .execute()
      return rows.map((row) => ({
        id: row.id,
        consentId: row.consent_id,
        recordedAt: row.recorded_at,
        policyVersion: Number(row.policy_version),
        textHash: row.text_hash,
        action: row.action,
        acceptedCategories: parseList(row.accepted_categories),
        rejectedCategories: parseList(row.rejected_categories),
        allowedServices: parseList(row.allowed_services),
        source: row.source,
      }))
    },
  }
}
