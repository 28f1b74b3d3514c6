'use client'

import { useActionState } from 'react'
import styles from './NewsletterPanel.module.css'

/** A Server Action that takes the button's form and redirects to the page that shows the outcome. */
export type NewsletterButtonAction = (previous: null, formData: FormData) => Promise<null>

type NewsletterActionFormProps = {
  action: NewsletterButtonAction
  /** The page the form is on, with its token: the form's real `action` URL for a submission without JavaScript. */
  permalink: string
  token: string
  label: string
}

/**
 * One button posting the token to a Server Action. Through useActionState with a permalink the server-rendered
 * form carries a real `action` URL (a bare Server Action renders `action=""`, which is invalid HTML); without
 * JavaScript the browser posts there and the action redirects.
 */
export function NewsletterActionForm({ action, permalink, token, label }: NewsletterActionFormProps) {
  const [, formAction, isPending] = useActionState(action, null, permalink)
  return (
    <form action={formAction}>
      <input type="hidden" name="token" value={token} />
      <button type="submit" className={styles.button} disabled={isPending}>
        {label}
      </button>
    </form>
  )
}
