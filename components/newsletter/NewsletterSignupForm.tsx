'use client'

import { useActionState, useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import { usePathname } from 'next/navigation'
import { getNewsletterFormToken, subscribeToNewsletter } from '@/app/actions/newsletter'
import { initialSignupState, signupFields } from '@/lib/newsletter/form-fields'
import styles from './NewsletterSignupForm.module.css'

type NewsletterSignupFormProps = {
  /** NewsletterSignup's id prefix: the section's `-heading` and `-privacy` ids come from it too. */
  idPrefix: string
  consentVersion: string
  /** The texts the reader was shown (heading, description, privacy note), kept as proof of consent. */
  consentText: string
  sourcePath?: string
  resultPath?: string
  /** Fields that never change, rendered on the server (the bait). */
  children: ReactNode
}

/**
 * The signup form, the island of NewsletterSignup (which renders the rest on the server): a real <form> posting
 * to a Server Action, so it works without JavaScript (the server renders the result into the page), enhanced
 * with a pending state and an inline result when JS runs.
 *
 * Time trap on a static page: the HTML is the same for everyone and cached, so it cannot carry a per-reader
 * timestamp. The island asks the server for a signed one when the form first comes into view (or is focused);
 * a submission sooner than the minimum after that is treated as a bot. A submission without a token (no JS,
 * or JS still loading) is accepted under the other defences and a stricter per-IP limit.
 */
export function NewsletterSignupForm({ idPrefix, consentVersion, consentText, sourcePath, resultPath, children }: NewsletterSignupFormProps) {
  const id = (name: string) => `${idPrefix}-${name}`
  const pathname = usePathname()
  const source = sourcePath ?? (pathname?.startsWith('/') ? pathname : '/')
  // The permalink gives the server-rendered form a real `action` URL (without one React writes `action=""`,
  // which is invalid HTML) and keys the no-JS result to this form alone: the fragment differs per form, and
  // takes the reader back to it on the result page.
  const permalink = `${resultPath ?? source}#${id('heading')}`
  const [state, formAction, isPending] = useActionState(subscribeToNewsletter, initialSignupState, permalink)
  const [formToken, setFormToken] = useState('')
  const requested = useRef(false)
  const formRef = useRef<HTMLFormElement>(null)

  const requestToken = useCallback(() => {
    if (requested.current) return
    requested.current = true
    getNewsletterFormToken().then(setFormToken, () => {
      // Without a token the form still works (see above); let a later focus try again.
      requested.current = false
    })
  }, [])

  useEffect(() => {
    const form = formRef.current
    if (!form || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect()
        requestToken()
      }
    })
    observer.observe(form)
    return () => observer.disconnect()
  }, [requestToken])

  const hasError = state.status === 'invalid' || state.status === 'error'
  const describedBy = [id('privacy'), hasError ? id('message') : null].filter(Boolean).join(' ')

  return (
    <form ref={formRef} action={formAction} className={styles.form} noValidate onFocus={requestToken}>
      <div className={styles.field}>
        <label htmlFor={id('address')} className={styles.label}>
          Email address
        </label>
        <input
          id={id('address')}
          name={signupFields.address}
          type="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          required
          maxLength={320}
          defaultValue={state.address ?? ''}
          aria-invalid={state.status === 'invalid' ? true : undefined}
          aria-describedby={describedBy}
          className={styles.input}
        />
      </div>
      {children}
      <input type="hidden" name={signupFields.formToken} value={formToken} />
      <input type="hidden" name={signupFields.consentVersion} value={consentVersion} />
      <input type="hidden" name={signupFields.consentText} value={consentText} />
      <input type="hidden" name={signupFields.source} value={source} />
      <button type="submit" className={styles.button} disabled={isPending}>
        {isPending ? 'Signing up…' : 'Sign up'}
      </button>
      <p id={id('message')} role="status" className={hasError ? styles.error : styles.message}>
        {state.message}
      </p>
    </form>
  )
}
