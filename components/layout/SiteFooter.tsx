import Link from 'next/link'
import type { SiteSettings } from '@/lib/content/types'
import { NewsletterSignup } from '@/components/newsletter/NewsletterSignup'
import { usableNavLinks, type NavLinkItem } from './navLinks'
import styles from './SiteFooter.module.css'

type SiteFooterProps = {
  siteTitle: string
  description?: string
  footerLinks: readonly NavLinkItem[]
  /** The CMS's newsletter texts: a compact signup in every footer. */
  newsletter?: SiteSettings['newsletter']
}

export function SiteFooter({ siteTitle, description, footerLinks, newsletter }: SiteFooterProps) {
  const links = usableNavLinks(footerLinks)
  return (
    <footer className={styles.footer} data-print="hide">
      <div className={styles.inner}>
        {newsletter ? (
          <div className={styles.newsletter}>
            {/* The footer is on every page: a submission without JS lands on /newsletter, which shows the result here. */}
            <NewsletterSignup
              heading={newsletter.heading}
              description={newsletter.description}
              privacyNote={newsletter.privacyNote}
              consentVersion={newsletter.consentVersion}
              resultPath="/newsletter"
              idPrefix="footer-newsletter"
              compact
            />
          </div>
        ) : null}
        <p className={styles.name}>{siteTitle}</p>
        {description ? <p className={styles.description}>{description}</p> : null}
        <nav aria-label="Footer">
          <ul className={styles.links}>
            {links.map((link) => (
              <li key={link.key}>
                {/* Plain links: footer targets include feeds and mail addresses, not only pages. */}
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
            <li>
              {/* A real link so it works without JS; the consent manager takes it over when it loads. */}
              <Link href="/privacy-settings" prefetch={false} data-privacy-settings="">
                Privacy settings
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}
