import Link from 'next/link'
import { usableNavLinks, type NavLinkItem } from './navLinks'
import styles from './SiteFooter.module.css'

type SiteFooterProps = {
  siteTitle: string
  description?: string
  footerLinks: readonly NavLinkItem[]
}

export function SiteFooter({ siteTitle, description, footerLinks }: SiteFooterProps) {
  const links = usableNavLinks(footerLinks)
  return (
    <footer className={styles.footer} data-print="hide">
      <div className={styles.inner}>
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
