'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { initialSignupState, type SignupState } from '@/lib/newsletter/form-fields'
import { clientIpFromHeaders } from '@/lib/newsletter/http'
import { getNewsletterService } from '@/lib/newsletter/server'

/**
 * The newsletter's Server Actions. Request headers are read here (an action is a POST), never while a page
 * renders: article pages stay static and identical for every reader.
 */

async function requestIp(): Promise<string | null> {
  return clientIpFromHeaders(await headers())
}

const tokenParam = (formData: FormData) => {
  const token = formData.get('token')
  return typeof token === 'string' && token.length <= 128 ? token : ''
}

export async function subscribeToNewsletter(_previous: SignupState, formData: FormData): Promise<SignupState> {
  try {
    const service = await getNewsletterService()
    const outcome = await service.subscribe(formData, await requestIp())
    return outcome.state
  } catch (error) {
    console.error('[newsletter] signup failed', error)
    return { ...initialSignupState, status: 'error', message: 'We could not sign you up just now. Please try again later.' }
  }
}

/** A fresh signed timestamp for the signup form; the island asks for it when the form comes into view. */
export async function getNewsletterFormToken(): Promise<string> {
  return (await getNewsletterService()).issueFormToken()
}

/**
 * The confirm, resend and unsubscribe buttons' actions, in the `(previous state, form data)` shape of
 * `useActionState` (components/newsletter/NewsletterActionForm.tsx); each ends in a redirect.
 */
export async function confirmNewsletterSubscription(_previous: null, formData: FormData): Promise<null> {
  const token = tokenParam(formData)
  const result = await (await getNewsletterService()).confirm(token, await requestIp())
  const query = new URLSearchParams({ token })
  if (result === 'confirmed') query.set('done', '1')
  redirect(`/newsletter/confirm?${query.toString()}`)
}

export async function resendNewsletterConfirmation(_previous: null, formData: FormData): Promise<null> {
  const result = await (await getNewsletterService()).resendConfirmation(tokenParam(formData), await requestIp())
  redirect(`/newsletter/confirm?resent=${result === 'rate-limited' ? 'later' : '1'}`)
}

export async function unsubscribeFromNewsletter(_previous: null, formData: FormData): Promise<null> {
  const token = tokenParam(formData)
  await (await getNewsletterService()).unsubscribe(token)
  redirect(`/newsletter/unsubscribe?${new URLSearchParams({ token, done: '1' }).toString()}`)
}

