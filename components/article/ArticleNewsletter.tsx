import type { SiteSettings } from '@/lib/content/types'
import { NewsletterSection } from './NewsletterSection'
import styles from './NewsletterSection.module.css'

type ArticleNewsletterProps = {
  newsletter: SiteSettings['newsletter']
  /** The page the reader signed up from, kept as part of the consent record. */
  sourcePath: string
}

/** The newsletter promotion inside an article, behind its own skip link. */
export function ArticleNewsletter({ newsletter, sourcePath }: ArticleNewsletterProps) {
  return (
    <NewsletterSection idPrefix="article-newsletter">
      <h2 className={styles.heading}>{newsletter.heading}</h2>
      <p>{newsletter.description}</p>
      <p>
        <a href={`/newsletter?source=${encodeURIComponent(sourcePath)}`}>Sign up for the newsletter</a>
      </p>
    </NewsletterSection>
  )
}
