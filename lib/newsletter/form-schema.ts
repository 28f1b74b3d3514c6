import { z } from 'zod'
import { signupFields } from './form-fields'

// Tabs and newlines are allowed in the consent text (it is prose); no other control characters anywhere.
const noControls = (allowWhitespace: boolean) =>
  allowWhitespace ? /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/ : /^[^\u0000-\u001f\u007f]*$/
const field = z.string().max(1024).optional().default('')

/** The signup form as posted. Address checks (RFC rules, IDN) happen in `normalizeEmailAddress`. */
export const signupFormSchema = z.object({
  [signupFields.address]: field,
  [signupFields.bait]: field,
  [signupFields.formToken]: z.string().max(200).optional(),
  [signupFields.consentVersion]: z.string().trim().min(1).max(64).regex(noControls(false)),
  [signupFields.consentText]: z.string().trim().min(1).max(4000).regex(noControls(true)),
  // A site-relative path: "/…" but not "//host".
  [signupFields.source]: z.string().max(512).regex(/^\/(?!\/)[^\s\u0000-\u001f\u007f]*$/),
})

export type SignupForm = z.infer<typeof signupFormSchema>

/** FormData (or a plain record, in tests) to the object zod reads; files and repeated names are ignored. */
export function formDataToRecord(data: FormData | Record<string, unknown>): Record<string, unknown> {
  if (typeof (data as FormData).get !== 'function') return data as Record<string, unknown>
  const record: Record<string, unknown> = {}
  for (const name of Object.values(signupFields)) {
    const value = (data as FormData).get(name)
    if (typeof value === 'string') record[name] = value
  }
  return record
}
