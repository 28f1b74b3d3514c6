import Link from 'next/link'
import { PortableText, type PortableTextComponents, type PortableTextMarkComponentProps } from '@portabletext/react'
import type { PortableTextEmbedBlock, PortableTextImageBlock } from '@/lib/content/types'
import { safeExternalHref, safeInternalHref } from '@/components/hrefs'
import { ContentFigure, toFigureImage } from '@/components/media/ContentFigure'
import { ArticleEmbed } from './ArticleEmbed'
import styles from './ArticleBody.module.css'

type TypedObject = { _type: string; _key?: string }
// Typed loosely on purpose: the renderer re-checks what it receives instead of trusting the shaper.
type LinkMark = TypedObject & { _type: 'link'; href?: unknown; openInNewTab?: unknown; internal?: unknown }

function BodyLink({ value, children }: PortableTextMarkComponentProps<LinkMark>) {
  if (value?.internal === true) {
    const internalHref = safeInternalHref(value.href)
    return internalHref ? <Link href={internalHref}>{children}</Link> : <>{children}</>
  }
  const href = safeExternalHref(value?.href)
  // An unsafe or missing target keeps the words and drops the link.
  if (!href) return <>{children}</>
  if (value?.openInNewTab === true) {
    return (
      <a href={href} target="_blank" rel="noopener noreferrer">
        {children}
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    )
  }
  return <a href={href}>{children}</a>
}

const components: PortableTextComponents = {
  block: {
    normal: ({ children }) => <p>{children}</p>,
    h2: ({ children }) => <h2>{children}</h2>,
    h3: ({ children }) => <h3>{children}</h3>,
    blockquote: ({ children }) => <blockquote>{children}</blockquote>,
  },
  list: {
    bullet: ({ children }) => <ul>{children}</ul>,
    number: ({ children }) => <ol>{children}</ol>,
  },
  listItem: {
    bullet: ({ children }) => <li>{children}</li>,
    number: ({ children }) => <li>{children}</li>,
  },
  marks: {
    strong: ({ children }) => <strong>{children}</strong>,
    em: ({ children }) => <em>{children}</em>,
    code: ({ children }) => <code>{children}</code>,
    link: BodyLink,
  },
  types: {
    bodyImage: ({ value }: { value: PortableTextImageBlock }) =>
      value.image ? (
        <ContentFigure image={toFigureImage(value.image)} sizes="(min-width: 48rem) 42rem, 100vw" className={styles.figure} />
      ) : null,
    embed: ({ value }: { value: PortableTextEmbedBlock }) => (
      <ArticleEmbed service={value.service} url={value.url} title={value.title} caption={value.caption} />
    ),
  },
  // Unknown content renders nothing rather than a broken element; the shaper reports it to editors.
  unknownType: () => null,
  unknownMark: ({ children }) => <>{children}</>,
  unknownBlockStyle: ({ children }) => <p>{children}</p>,
  unknownList: ({ children }) => <ul>{children}</ul>,
  unknownListItem: ({ children }) => <li>{children}</li>,
}

type ArticleBodyProps = {
  value: readonly TypedObject[]
  className?: string
}

/** Portable Text as readable HTML: headings, lists, quotes, marks, links, images and embed placeholders. */
export function ArticleBody({ value, className }: ArticleBodyProps) {
  return (
    <div className={['article-body', styles.body, className].filter(Boolean).join(' ')}>
      <PortableText value={value as TypedObject[]} components={components} onMissingComponent={false} />
    </div>
  )
}
