import type { Metadata } from 'next'
import { Panel } from '@/components/newsletter/NewsletterPanel'
import { NewsletterSignup } from '@/components/newsletter/NewsletterSignup'
import { getSiteSettings } from '@/lib/content/settings'

export const metadata: Metadata = { title: 'Newsletter' }

/** A page of its own for the signup form: where "sign up again" links point, and a plain target for links in the footer. */
export default async function NewsletterPage() {
  const { newsletter } = await getSiteSettings()
  return (
    <Panel heading="Newsletter">
      <NewsletterSignup
        heading={newsletter.heading}
        description={newsletter.description}
        privacyNote={newsletter.privacyNote}
        consentVersion={newsletter.consentVersion}
        sourcePath="/newsletter"
        idPrefix="newsletter-page"
      />
    </Panel>
  )
}
