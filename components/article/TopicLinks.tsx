import Link from 'next/link'
import { topicHref } from '@/components/hrefs'
import styles from './TopicLinks.module.css'

export type TopicLink = { title: string; slug: string }

type TopicLinksProps = { topics: readonly TopicLink[]; label?: string }

export function TopicLinks({ topics, label = 'Topics' }: TopicLinksProps) {
  if (topics.length === 0) return null
  return (
    <nav aria-label={label} className={styles.topics}>
      <ul>
        {topics.map((topic) => (
          <li key={topic.slug}>
            <Link href={topicHref(topic.slug)}>{topic.title}</Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
