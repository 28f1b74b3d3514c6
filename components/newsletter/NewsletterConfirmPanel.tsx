import Link from 'next/link'
import { NewsletterActionForm, type NewsletterButtonAction } from './NewsletterActionForm'
import { Panel } from './NewsletterPanel'

export type ConfirmView = 'pending' | 'confirmed' | 'already-confirmed' | 'expired' | 'invalid' | 'resent' | 'resend-limited'


type NewsletterConfirmPanelProps = {
  view: ConfirmView
  token: string
  confirmAction: NewsletterButtonAction
  resendAction: NewsletterButtonAction
}

/** The page the confirmation email links to. Confirming takes a button press (a POST): mail scanners only GET. */
export function NewsletterConfirmPanel({ view, token, confirmAction, resendAction }: NewsletterConfirmPanelProps) {
  const permalink = `/newsletter/confirm?${new URLSearchParams({ token }).toString()}`
  switch (view) {
    case 'pending':
      return (
        <Panel heading="Confirm your subscription">
          <p>Press the button to start receiving our newsletter at the address this email was sent to.</p>
          <NewsletterActionForm action={confirmAction} permalink={permalink} token={token} label="Confirm subscription" />
        </Panel>
      )
    case 'confirmed':
      return (
        <Panel heading="You’re subscribed">
          <p>Thank you. Every newsletter has a link to unsubscribe at any time.</p>
        </Panel>
      )
    case 'already-confirmed':
      return (
        <Panel heading="Already confirmed">
          <p>This subscription is already confirmed: there is nothing more to do.</p>
        </Panel>
      )
    case 'expired':
      return (
        <Panel heading="This link has expired">
          <p>Confirmation links work for 48 hours. We can send you a new one.</p>
          <NewsletterActionForm action={resendAction} permalink={permalink} token={token} label="Email me a new link" />
        </Panel>
      )
    case 'resent':
      return (
        <Panel heading="Check your inbox">
          <p>If the subscription is still waiting for confirmation, we have sent a new link. It works for 48 hours.</p>
        </Panel>
      )
    case 'resend-limited':
      return (
        <Panel heading="Please try again later">
          <p>Too many requests came from your network just now. Please try again in an hour.</p>
        </Panel>
      )
    case 'invalid':
      return (
        <Panel heading="This link is not valid">
          <p>
            It may have been replaced by a newer email, or the subscription was cancelled. You can{' '}
            <Link href="/newsletter">sign up again</Link>.
          </p>
        </Panel>
      )
  }
}
