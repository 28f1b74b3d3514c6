import 'server-only'
import { getDatabase } from '@/lib/db/database'
import { createConsentRecordStore, type ConsentRecordStore } from './records'

/** The app's consent record store, on the app database (SQLite under DATA_DIR, or PostgreSQL). */
export async function getConsentRecordStore(): Promise<ConsentRecordStore> {
  return createConsentRecordStore(await getDatabase())
}
