import Link from 'next/link'
import { PortableText, type PortableTextComponents, type PortableTextMarkComponentProps } from '@portabletext/react'
type TypedObject = { _type: string; _key?: string }
import { articleHref, safeExternalHref } from '@/components/hrefs'
import { ContentFigure, type FigureImage } from '@/components/media/ContentFigure'
import { EmbedPlaceholder } from './EmbedPlaceholder'
import styles from './ArticleBody.module.css'

type LinkMark = TypedObject & { _type: 'link'; href?: unknown; openInNewTab?: boolean }
type InternalLinkMark = TypedObject & { _type: 'internalLink'; slug?: unknown }
type BodyImageBlock = TypedObject & FigureImage & { _type: 'bodyImage' }
type EmbedBlock = TypedObject & { _type: 'embed'; service: string; url: string; title: string; caption?: string | null }

function ExternalLink({ value, children }: PortableTextMarkComponentProps<LinkMark>) {
  const href = safeExternalHref(value?.href)
  // An unsafe or missing target keeps the words and drops the link.
  if (!href) return <>{children}</>
  if (value?.openInNewTab) {
    return (
      <a href={href} target="_blank" rel="noopener noreferrer">
        {children}
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    )
  }
  return <a href={href}>{children}</a>
}

function InternalLink({ value, children }: PortableTextMarkComponentProps<InternalLinkMark>) {
  // The shaper resolves the reference to the target's slug; a missing or unpublished target has none.
  const slug = typeof value?.slug === 'string' && value.slug !== '' ? value.slug : null
  if (!slug) return <>{children}</>
  return <Link href={articleHref(slug)}>{children}</Link>
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
    link: ExternalLink,
    internalLink: InternalLink,
  },
  types: {
    bodyImage: ({ value }: { value: BodyImageBlock }) => (
      <ContentFigure image={value} sizes="(min-width: 48rem) 42rem, 100vw" className={styles.figure} />
    ),
    embed: ({ value }: { value: EmbedBlock }) => (
      <EmbedPlaceholder service={value.service} url={value.url} title={value.title} caption={value.caption} />
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
