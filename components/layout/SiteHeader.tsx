import Link from 'next/link'
import { usableNavLinks, type NavLinkItem } from './navLinks'
import styles from './SiteHeader.module.css'

type SiteHeaderProps = {
  siteTitle: string
  navigation: readonly NavLinkItem[]
}

export function SiteHeader({ siteTitle, navigation }: SiteHeaderProps) {
  const links = usableNavLinks(navigation)
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href="/" className={styles.masthead}>
          {siteTitle}
        </Link>
        <nav aria-label="Main" className={styles.nav} data-print="hide">
          <ul className={styles.navList}>
            {links.map((link) => (
              <li key={link.key}>
                {link.href.startsWith('/') ? <Link href={link.href}>{link.label}</Link> : <a href={link.href}>{link.label}</a>}
              </li>
            ))}
            <li>
              <Link href="/search">Search</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  )
}
