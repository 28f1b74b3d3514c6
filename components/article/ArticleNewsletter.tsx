import type { SiteSettings } from '@/lib/content/types'
import { NewsletterSignup } from '@/components/newsletter/NewsletterSignup'
import { NewsletterSection } from './NewsletterSection'

type ArticleNewsletterProps = {
  newsletter: SiteSettings['newsletter']
  /** The page the reader signed up from, kept with the subscription as part of the consent record. */
  sourcePath: string
}

/** The newsletter promotion inside an article, behind its own skip link. */
export function ArticleNewsletter({ newsletter, sourcePath }: ArticleNewsletterProps) {
  return (
    <NewsletterSection idPrefix="article-newsletter">
      <NewsletterSignup
        heading={newsletter.heading}
        description={newsletter.description}
        privacyNote={newsletter.privacyNote}
        consentVersion={newsletter.consentVersion}
        sourcePath={sourcePath}
        idPrefix="article-newsletter"
      />
    </NewsletterSection>
  )
}
