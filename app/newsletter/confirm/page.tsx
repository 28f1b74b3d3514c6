import type { Metadata } from 'next'
import { confirmNewsletterSubscription, resendNewsletterConfirmation } from '@/app/actions/newsletter'
import { NewsletterConfirmPanel, type ConfirmView } from '@/components/newsletter/NewsletterConfirmPanel'
import { getNewsletterService } from '@/lib/newsletter/server'
import { firstParam, type SearchParams } from '../searchParams'

// The token sits in the URL: keep it out of search engines and out of Referer headers to other sites. Not
// `no-referrer`: the button's POST would then carry `Origin: null`, which Next refuses for a Server Action (no-JS).
export const metadata: Metadata = {
  title: 'Confirm your subscription',
  robots: { index: false, follow: false },
  referrer: 'same-origin',
}

export default async function NewsletterConfirmPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams
  const token = firstParam(params.token)
  const resent = firstParam(params.resent)
  let view: ConfirmView
  if (resent) {
    view = resent === 'later' ? 'resend-limited' : 'resent'
  } else {
    // Looking the token up changes nothing: only the button's POST confirms.
    const state = await (await getNewsletterService()).lookupConfirmation(token)
    view = state === 'confirmed' ? (firstParam(params.done) === '1' ? 'confirmed' : 'already-confirmed') : state
  }
  return (
    <NewsletterConfirmPanel
      view={view}
      token={token}
      confirmAction={confirmNewsletterSubscription}
      resendAction={resendNewsletterConfirmation}
    />
  )
}
