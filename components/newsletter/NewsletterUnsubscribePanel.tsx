import Link from 'next/link'
import { Panel } from './NewsletterPanel'
import styles from './NewsletterPanel.module.css'

export type UnsubscribeView = 'subscribed' | 'done' | 'unsubscribed' | 'invalid'

type NewsletterUnsubscribePanelProps = {
  view: UnsubscribeView
  token: string
  unsubscribeAction: (formData: FormData) => Promise<void>
}

/** The page behind every email's unsubscribe link. A GET only shows the button; the POST unsubscribes. */
export function NewsletterUnsubscribePanel({ view, token, unsubscribeAction }: NewsletterUnsubscribePanelProps) {
  switch (view) {
    case 'subscribed':
      return (
        <Panel heading="Unsubscribe from the newsletter">
          <p>Press the button and we will stop sending the newsletter to this address.</p>
          <form action={unsubscribeAction}>
            <input type="hidden" name="token" value={token} />
            <button type="submit" className={styles.button}>
              Unsubscribe
            </button>
          </form>
        </Panel>
      )
    case 'done':
    case 'unsubscribed':
      return (
        <Panel heading="You’re unsubscribed">
          <p>
            We will not send you the newsletter any more. Changed your mind?{' '}
            <Link href="/newsletter">Sign up again</Link>.
          </p>
        </Panel>
      )
    case 'invalid':
      return (
        <Panel heading="This link is not valid">
          <p>Please use the unsubscribe link from one of our emails, or reply to it and we will remove you.</p>
        </Panel>
      )
  }
}
