import Link from 'next/link'
import { authorHref } from '@/components/hrefs'
import styles from './ArticleByline.module.css'

export type BylineAuthor = {
  name: string
  slug: string
  /** One line: role or affiliation, written by editors. */
  bio?: string | null
}

type ArticleBylineProps = { authors: readonly BylineAuthor[] }

/** Each author links to their page, followed by their one-line bio. */
export function ArticleByline({ authors }: ArticleBylineProps) {
  if (authors.length === 0) return null
  return (
    <div className={styles.byline}>
      <span className={styles.by}>By</span>
      <ul className={styles.authors}>
        {authors.map((author) => (
          <li key={author.slug} className={styles.author}>
            <Link href={authorHref(author.slug)} rel="author" className={styles.name}>
              {author.name}
            </Link>
            {author.bio ? <span className={styles.bio}>{author.bio}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  )
}
