import { safeExternalHref } from '@/components/hrefs'
import styles from './EmbedPlaceholder.module.css'

export type EmbedService = 'youtube' | 'vimeo' | 'x' | 'bluesky' | 'mastodon'

export type EmbedPlaceholderProps = {
  service: EmbedService | string
  url: string
  title: string
  caption?: string | null
}

const SERVICE_NAMES: Record<string, string> = {
  youtube: 'YouTube',
  vimeo: 'Vimeo',
  x: 'X',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
}

export function embedServiceName(service: string): string {
  return SERVICE_NAMES[service] ?? service
}

/**
 * Stands in for third-party content, which loads nothing before consent. Server-rendered as a plain
 * link to the original so the page reads without JS; the consent manager makes it interactive.
 */
export function EmbedPlaceholder({ service, url, title, caption }: EmbedPlaceholderProps) {
  const serviceName = embedServiceName(service)
  const href = safeExternalHref(url)
  return (
    <figure className={styles.embed} data-embed-service={service} data-embed-url={href ?? undefined}>
      <div className={styles.box}>
        <p className={styles.service}>{serviceName}</p>
        <p className={styles.title}>{title}</p>
        {href ? <EmbedSourceLink href={href} serviceName={serviceName} title={title} /> : null}
      </div>
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  )
}

/** The plain link to the embed on its own site: the whole embed without consent or JavaScript. */
export function EmbedSourceLink({ href, serviceName, title }: { href: string; serviceName: string; title: string }) {
  return (
    <a href={href} className={styles.link} rel="noopener noreferrer">
      View on {serviceName}
      <span className="visually-hidden">: {title}</span>
    </a>
  )
}
