import { z } from 'zod'
import { newConsentRecordId } from '@/lib/consent/record-id'

describe('newConsentRecordId', () => {
  it('gives version-7 UUIDs that sort in creation order, also within one millisecond', () => {
    const fixedMs = Date.UTC(2030, 0, 1)
    const ids = Array.from({ length: 5000 }, () => newConsentRecordId(fixedMs))
    for (const id of ids) {
      expect(z.uuid().safeParse(id).success).toBe(true)
      expect(id[14]).toBe('7')
      expect('89ab').toContain(id[19])
    }
    expect([...ids].sort()).toEqual(ids)
    expect(new Set(ids).size).toBe(ids.length)
    // A clock that goes back does not break the order either.
    const later = newConsentRecordId(fixedMs - 60_000)
    expect(later > ids[ids.length - 1]!).toBe(true)
  })
})
