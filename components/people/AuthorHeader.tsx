import { ContentFigure, type FigureImage } from '@/components/media/ContentFigure'
import { safeExternalHref } from '@/components/hrefs'
import styles from './AuthorHeader.module.css'

type AuthorHeaderProps = {
  name: string
  role: string
  bio: string
  portrait?: FigureImage | null
  links?: readonly { key?: string; label: string; url: string }[]
}

export function AuthorHeader({ name, role, bio, portrait, links = [] }: AuthorHeaderProps) {
  const safeLinks = links.flatMap((link) => {
    const href = safeExternalHref(link.url)
    return href ? [{ key: link.key ?? href, label: link.label, href }] : []
  })
  return (
    <header className={styles.header}>
      {portrait ? (
        <div className={styles.portrait}>
          <ContentFigure image={{ ...portrait, caption: null, credit: null }} sizes="8rem" priority />
        </div>
      ) : null}
      <div>
        <p className={styles.kicker}>Author</p>
        <h1 className={styles.name}>{name}</h1>
        <p className={styles.role}>{role}</p>
        <p className={styles.bio}>{bio}</p>
        {safeLinks.length > 0 ? (
          <ul className={styles.links}>
            {safeLinks.map((link) => (
              <li key={link.key}>
                <a href={link.href} rel="me noopener">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </header>
  )
}
