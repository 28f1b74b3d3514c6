import { z } from 'zod'
import { CONSENT_ACTIONS, CONSENT_SOURCES, type ConsentAction, type ConsentSource } from './choices'
import { CONSENT_KEY_PATTERN } from './cookie'

const consentKeySchema = z.string().regex(CONSENT_KEY_PATTERN, 'is not a consent key')

/** What the consent island POSTs to /api/consent as JSON. Unknown fields are refused. */
export const consentRequestSchema = z.strictObject({
  /** The reader's consent id, when the page already has one; the server keeps the cookie's id first. */
  consentId: z.uuid().optional(),
  /** The policy version of the texts the reader was shown. */
  policyVersion: z.int().positive().max(999_999),
  action: z.enum(CONSENT_ACTIONS),
  /** Accepted categories (for `custom`); ignored for accept/reject/withdraw. */
  categories: z.array(consentKeySchema).max(50).default([]),
  /** Services to always allow (for `custom`). */
  services: z.array(consentKeySchema).max(100).default([]),
  source: z.enum(CONSENT_SOURCES.filter((s) => s !== 'no-js')),
})
export type ConsentRequest = z.infer<typeof consentRequestSchema>

/** The no-JS forms (banner and /privacy-settings), form-encoded. `manage` only navigates to the settings page. */
export const consentFormSchema = z.object({
  action: z.enum([...CONSENT_ACTIONS, 'manage']),
  policyVersion: z.coerce.number().int().positive().max(999_999).optional(),
  categories: z.array(consentKeySchema).max(50).default([]),
  services: z.array(consentKeySchema).max(100).default([]),
  return: z.string().max(2048).optional(),
})
export type ConsentForm = z.infer<typeof consentFormSchema>

/** One stored proof of a choice. No IP address, no user agent: the consent id is the only link to a reader. */
export const consentRecordSchema = z.strictObject({
  id: z.uuid(),
  consentId: z.uuid(),
  recordedAt: z.iso.datetime(),
  policyVersion: z.int().positive(),
  textHash: z.string().regex(/^[0-9a-f]{64}$/),
  action: z.enum(CONSENT_ACTIONS),
  acceptedCategories: z.array(consentKeySchema),
  rejectedCategories: z.array(consentKeySchema),
  allowedServices: z.array(consentKeySchema),
  source: z.enum(CONSENT_SOURCES),
})
export type ConsentRecord = z.infer<typeof consentRecordSchema> & { action: ConsentAction; source: ConsentSource }
