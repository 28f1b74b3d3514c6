import { randomUUID } from 'node:crypto'
import { createConsentRecordStore } from '@/lib/consent/records'
import type { ConsentRecord } from '@/lib/consent/record'
import { backends, openTestDatabase, type TestDatabase } from '../db/backends'

describe.each(backends)('consent record store on %s', (backend) => {
  let t: TestDatabase
  beforeAll(async () => {
    t = await openTestDatabase(backend)
  })
  afterAll(async () => {
    await t.cleanup()
  })

  const record = (overrides: Partial<ConsentRecord>): ConsentRecord => ({
    id: randomUUID(),
    consentId: '2b7f0c1e-4a5d-4c3b-9e8f-0a1b2c3d4e5f',
    recordedAt: '2026-11-27T12:00:00.000Z',
    policyVersion: 1,
    textHash: 'a'.repeat(64),
    action: 'accept_all',
    acceptedCategories: ['necessary', 'analytics', 'embeds'],
    rejectedCategories: [],
    allowedServices: [],
    source: 'banner',
    ...overrides,
  })

  it('stores every choice of a consent id and lists them oldest first', async () => {
    const store = createConsentRecordStore(t.db)
    const second = record({ recordedAt: '2026-11-28T12:00:00.000Z', action: 'withdraw', acceptedCategories: ['necessary'], rejectedCategories: ['analytics', 'embeds'], source: 'settings' })
    const first = record({})
    await store.insert(second)
    await store.insert(first)
    await store.insert(record({ consentId: randomUUID() }))
    expect(await store.listByConsentId(first.consentId)).toEqual([first, second])
  })

  it('refuses a record that breaks the schema or the table’s checks', async () => {
    const store = createConsentRecordStore(t.db)
    await expect(store.insert(record({ textHash: 'short' }))).rejects.toThrow()
    await expect(store.insert({ ...record({}), action: 'maybe' as ConsentRecord['action'] })).rejects.toThrow()
  })
})
