'use client'

import { useEffect, useRef, useState, type ReactNode } from 'react'
import { EmbedSourceLink } from '@/components/article/EmbedPlaceholder'
import placeholderStyles from '@/components/article/EmbedPlaceholder.module.css'
import { findService, fillServiceName } from '@/lib/consent/choices'
import type { EmbedRender } from '@/lib/consent/embeds'
import { useConsent } from './consent-context'
import { ensureConsentScript } from './ConsentScripts'
import styles from './ConsentEmbed.module.css'

/** Worked out on the server (components/article/ArticleEmbed.tsx), so none of it ships as JS. */
type ConsentEmbedProps = {
  service: string
  title: string
  caption?: string | null
  /** The service's name when the consent settings do not list it. */
  serviceName: string
  /** The editor's URL when it is safe to link to. */
  href: string | null
  /** What the embed shows once allowed (`embedRender`); null when the URL is not one the service serves. */
  render: EmbedRender | null
  /** The EmbedPlaceholder's plain-link markup: the server and first client render, and the whole embed without JS. */
  children: ReactNode
}

/**
 * An article embed that loads nothing from its service until the reader allows it: for this one
 * embed ("load once"), or always (a per-service allowance, recorded). Renders exactly the placeholder's
 * plain-link markup on the server and before hydration, so the no-JS page keeps a link. Withdrawing
 * consent unloads it again.
 */
export function ConsentEmbed({ service, title, caption, serviceName: fallbackName, href, render, children }: ConsentEmbedProps) {
  const context = useConsent()
  const [loadedOnce, setLoadedOnce] = useState(false)
  const [loadedAt, setLoadedAt] = useState(-1)
  const figureRef = useRef<HTMLElement>(null)
  const focusAfterLoad = useRef(false)

  const revocations = context?.revocations ?? 0
  const allowed = context?.isServiceAllowed(service) ?? false
  // A "load once" lasts until the reader takes some consent back.
  const once = loadedOnce && loadedAt === revocations
  const showContent = Boolean(context?.mounted && render && (allowed || once))

  const widgetScript = render?.kind === 'post' ? render.widgetScript : null

  useEffect(() => {
    if (showContent && widgetScript) ensureConsentScript(service, widgetScript)
  }, [showContent, widgetScript, service])

  useEffect(() => {
    if (showContent && focusAfterLoad.current) {
      focusAfterLoad.current = false
      figureRef.current?.focus()
    }
  }, [showContent])

  if (!context?.mounted) return children

  const known = findService(context.settings, service)
  const serviceName = known?.service.name ?? fallbackName

  if (showContent && render) {
    return (
      <figure className={`${placeholderStyles.embed} ${styles.loaded}`} data-embed-service={service} data-consent-embed="loaded" ref={figureRef} tabIndex={-1}>
        {render.kind === 'iframe' ? (
          <div className={render.aspect === 'video' ? styles.video : styles.post}>
            <iframe
              src={render.src}
              title={`${serviceName}: ${title}`}
              allow={render.allow}
              loading="lazy"
              referrerPolicy="strict-origin-when-cross-origin"
            />
          </div>
        ) : (
          <blockquote className={render.blockquoteClass} {...render.attributes}>
            <p>{title}</p>
            <a href={render.href} rel="noopener noreferrer">
              View on {serviceName}
              <span className="visually-hidden">: {title}</span>
            </a>
          </blockquote>
        )}
        {caption ? <figcaption>{caption}</figcaption> : null}
      </figure>
    )
  }

  const { text, loadOnceLabel, alwaysAllowLabel } = context.settings.embedPlaceholder
  return (
    <figure className={placeholderStyles.embed} data-embed-service={service} data-consent-embed="blocked" ref={figureRef} tabIndex={-1}>
      <div className={placeholderStyles.box}>
        <p className={placeholderStyles.service}>{serviceName}</p>
        <p className={placeholderStyles.title}>{title}</p>
        {known && render ? (
          <>
            <p className={styles.notice}>{fillServiceName(text, serviceName)}</p>
            <div className={styles.actions}>
              <button
                type="button"
                className={styles.button}
                onClick={() => {
                  focusAfterLoad.current = true
                  setLoadedAt(revocations)
                  setLoadedOnce(true)
                }}
              >
                {loadOnceLabel}
                <span className="visually-hidden">: {title}</span>
              </button>
              <button
                type="button"
                className={styles.button}
                onClick={() => {
                  focusAfterLoad.current = true
                  context.allowService(service)
                }}
              >
                {fillServiceName(alwaysAllowLabel, serviceName)}
              </button>
            </div>
          </>
        ) : null}
        {href ? <EmbedSourceLink href={href} serviceName={serviceName} title={title} /> : null}
      </div>
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  )
}
