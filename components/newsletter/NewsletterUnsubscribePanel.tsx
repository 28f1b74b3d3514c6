import Link from 'next/link'
import { NewsletterActionForm, type NewsletterButtonAction } from './NewsletterActionForm'
import { Panel } from './NewsletterPanel'

export type UnsubscribeView = 'subscribed' | 'done' | 'unsubscribed' | 'invalid'

type NewsletterUnsubscribePanelProps = {
  view: UnsubscribeView
  token: string
  unsubscribeAction: NewsletterButtonAction
}

/** The page behind every email's unsubscribe link. A GET only shows the button; the POST unsubscribes. */
export function NewsletterUnsubscribePanel({ view, token, unsubscribeAction }: NewsletterUnsubscribePanelProps) {
  switch (view) {
    case 'subscribed':
      return (
        <Panel heading="Unsubscribe from the newsletter">
          <p>Press the button and we will stop sending the newsletter to this address.</p>
          <NewsletterActionForm
            action={unsubscribeAction}
            permalink={`/newsletter/unsubscribe?${new URLSearchParams({ token }).toString()}`}
            token={token}
            label="Unsubscribe"
          />
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
