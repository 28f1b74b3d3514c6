import { randomBytes } from 'node:crypto'

let lastMs = 0
let counter = 0

/**
 * A time-ordered UUID (version 7, RFC 9562) for a consent record. Within one process every id sorts after the
 * one before it, even in the same millisecond (a 12-bit counter in `rand_a`), so listing records by
 * `(recorded_at, id)` gives the order they were stored in when two choices carry the same time.
 */
export function newConsentRecordId(nowMs: number = Date.now()): string {
  if (nowMs > lastMs) {
    lastMs = nowMs
    counter = 0
  } else if (++counter > 0xfff) {
    // 4096 ids in one millisecond: borrow the next one rather than repeat an order.
    lastMs += 1
    counter = 0
  }
  const bytes = randomBytes(16)
  bytes.writeUIntBE(lastMs, 0, 6)
  bytes[6] = 0x70 | (counter >> 8)
  bytes[7] = counter & 0xff
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
