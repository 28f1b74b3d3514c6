/**
 * Names of the signup form's fields, shared by the form island and the server. The real address field is
 * not called "email": bots fill a field by that name, which is the hidden bait.
 */
export const signupFields = {
  address: 'subscriber_address',
  bait: 'email',
  formToken: 'form_token',
  consentVersion: 'consent_version',
  consentText: 'consent_text',
  source: 'source_path',
} as const

export type SignupStatus = 'idle' | 'success' | 'invalid' | 'error'

/** What the form shows after a submission; identical for every address state (never reveals who subscribes). */
export interface SignupState {
  status: SignupStatus
  message: string
  /** The address as typed, so the form can refill it after an error without JS. */
  address?: string
}

export const initialSignupState: SignupState = { status: 'idle', message: '' }
