import type { Metadata } from 'next'
import { unsubscribeFromNewsletter } from '@/app/actions/newsletter'
import { NewsletterUnsubscribePanel, type UnsubscribeView } from '@/components/newsletter/NewsletterUnsubscribePanel'
import { getNewsletterService } from '@/lib/newsletter/server'
import { firstParam, type SearchParams } from '../searchParams'

export const metadata: Metadata = {
  title: 'Unsubscribe',
  robots: { index: false, follow: false },
  // As on the confirm page: no Referer to other sites, but a real Origin on the button's POST.
  referrer: 'same-origin',
}

export default async function NewsletterUnsubscribePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams
  const token = firstParam(params.token, 200)
  // A GET only looks; the button's POST unsubscribes.
  const state = await (await getNewsletterService()).lookupUnsubscribe(token)
  const view: UnsubscribeView = state === 'unsubscribed' && firstParam(params.done) === '1' ? 'done' : state
  return <NewsletterUnsubscribePanel view={view} token={token} unsubscribeAction={unsubscribeFromNewsletter} />
}
