'use client'

import Link from 'next/link'
import { lazy, Suspense, useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react'
import { gpcApplies, marketingCategoryKeys, type ConsentAction } from '@/lib/consent/choices'
import { CONSENT_ENDPOINT, useConsent } from './consent-context'
import styles from './ConsentBanner.module.css'

const HEADING_ID = 'consent-banner-heading'
const MANAGE_ID = 'consent-banner-manage'
const NOTHING: ReadonlySet<string> = new Set()

type ButtonAction = ConsentAction | 'manage'

// The per-category and per-service details load on demand: most readers only accept or reject. The import starts
// when the reader points at or focuses "Manage choices" or the footer's "Privacy settings"; without JS that button
// leads to /privacy-settings.
const loadChoices = () => import('./ConsentChoices')
const ConsentChoices = lazy(() =>
  loadChoices().then(
    (module) => ({ default: module.ConsentChoices }),
    // Offline, or a newer deploy removed the chunk: the settings page still works (a thrown error would blank the layout).
    () => ({ default: ChoicesUnavailable }),
  ),
)
const prefetchChoices = () => {
  loadChoices().catch(() => undefined)
}
const prefetchFromSettingsLink = (event: Event) => {
  if ((event.target as Element | null)?.closest?.('a[data-privacy-settings]')) prefetchChoices()
}

function ChoicesUnavailable() {
  return (
    <p className={styles.loading} role="alert">
      Your choices could not be loaded here. <Link href="/privacy-settings" prefetch={false}>
        Open the privacy settings page
      </Link>.
    </p>
  )
}

/**
 * The consent banner: a labelled region fixed at the bottom of the viewport (so the article never
 * moves), server-rendered in every static page as a real form that posts to /api/consent, so a choice
 * works without JS. With JS the consent manager drives it: shown only to readers who must choose
 * (the boot script hides it before first paint otherwise), reopened by "Privacy settings".
 * "Accept all" and "Reject all" are the same element with the same class: equal weight.
 * `policyHref`: the privacy policy's checked link (`safeNavHref`), worked out by the server.
 */
export function ConsentBanner({ policyHref }: { policyHref: string | null }) {
  const context = useConsent()
  const manageHeadingRef = useRef<HTMLHeadingElement>(null)
  const manageButtonRef = useRef<HTMLButtonElement>(null)
  const sectionRef = useRef<HTMLElement>(null)
  const open = context?.banner.open ?? true
  const manage = context?.banner.manage ?? false

  useEffect(() => {
    if (open && manage) manageHeadingRef.current?.focus()
  }, [open, manage])

  // The footer's "Privacy settings" link opens the manage layer: start loading it when the reader heads there.
  useEffect(() => {
    document.addEventListener('pointerover', prefetchFromSettingsLink, { passive: true })
    document.addEventListener('focusin', prefetchFromSettingsLink)
    return () => {
      document.removeEventListener('pointerover', prefetchFromSettingsLink)
      document.removeEventListener('focusin', prefetchFromSettingsLink)
    }
  }, [])

  // While open, the page gets room at the bottom so the fixed banner never covers the footer; nothing above moves.
  const visible = Boolean(context?.mounted && open)
  useEffect(() => {
    const section = sectionRef.current
    if (!visible || !section) return
    const reserve = () => {
      document.body.style.paddingBottom = `${section.offsetHeight}px`
    }
    reserve()
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(reserve) : null
    observer?.observe(section)
    return () => {
      observer?.disconnect()
      document.body.style.paddingBottom = ''
    }
  }, [visible])

  if (!context) return null
  const { settings, mounted, banner, consent, gpc } = context
  const fromSettings = banner.reason === 'settings'

  const onAction = (event: MouseEvent<HTMLButtonElement>, action: ButtonAction) => {
    if (!mounted) return
    event.preventDefault()
    if (action === 'manage') {
      context.setManage(!manage)
      return
    }
    const source = fromSettings ? 'settings' : 'banner'
    if (action === 'custom') {
      const data = new FormData(event.currentTarget.form ?? undefined)
      const categories = data.getAll('categories').filter((v): v is string => typeof v === 'string')
      const services = data.getAll('services').filter((v): v is string => typeof v === 'string')
      context.choose('custom', { categories, services }, source)
      return
    }
    context.choose(action, null, source)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || !mounted) return
    if (fromSettings) {
      event.preventDefault()
      context.closeBanner()
    } else if (manage) {
      event.preventDefault()
      context.setManage(false)
      manageButtonRef.current?.focus()
    }
  }

  return (
    <section
      className={styles.banner}
      aria-labelledby={HEADING_ID}
      data-consent-banner=""
      ref={sectionRef}
      hidden={mounted && !open}
      onKeyDown={onKeyDown}
    >
      <form
        className={styles.inner}
        method="post"
        action={CONSENT_ENDPOINT}
        onSubmit={(event) => {
          // Every choice goes through a button's click handler once hydrated.
          if (mounted) event.preventDefault()
        }}
      >
        <input type="hidden" name="policyVersion" value={settings.policyVersion} />
        <h2 id={HEADING_ID} className={styles.heading}>
          {settings.banner.heading}
        </h2>
        {settings.changeSummary ? (
          <p className={styles.changes} data-consent-changes="" hidden={mounted && banner.reason !== 'policy-changed'}>
            <strong>What has changed: </strong>
            {settings.changeSummary}
          </p>
        ) : null}
        <p className={styles.text}>
          {settings.banner.text}{' '}
          {policyHref ? <a href={policyHref}>{settings.banner.learnMoreLabel}</a> : null}
        </p>
        {mounted && manage ? (
          <div className={styles.manage} id={MANAGE_ID} role="group" aria-labelledby={`${MANAGE_ID}-heading`}>
            <h3 id={`${MANAGE_ID}-heading`} className={styles.manageHeading} tabIndex={-1} ref={manageHeadingRef}>
              {settings.banner.manageLabel}
            </h3>
            <Suspense fallback={<p className={styles.loading}>Loading your choices…</p>}>
              <ConsentChoices
                settings={settings}
                checkedCategories={consent.categories}
                checkedServices={consent.services}
                gpcRefused={gpcApplies(settings, gpc) ? new Set(marketingCategoryKeys(settings)) : NOTHING}
                idPrefix="consent-banner"
              >
                <div className={styles.actions}>
                  <button type="submit" name="action" value="custom" className={styles.choice} onClick={(e) => onAction(e, 'custom')}>
                    {settings.banner.saveLabel}
                  </button>
                </div>
              </ConsentChoices>
            </Suspense>
          </div>
        ) : null}
        <div className={styles.actions}>
          <button type="submit" name="action" value="accept_all" className={styles.choice} onClick={(e) => onAction(e, 'accept_all')}>
            {settings.banner.acceptAllLabel}
          </button>
          <button type="submit" name="action" value="reject_all" className={styles.choice} onClick={(e) => onAction(e, 'reject_all')}>
            {settings.banner.rejectAllLabel}
          </button>
          <button
            type="submit"
            name="action"
            value="manage"
            className={styles.secondary}
            ref={manageButtonRef}
            aria-expanded={mounted ? manage : undefined}
            aria-controls={mounted && manage ? MANAGE_ID : undefined}
            onPointerEnter={prefetchChoices}
            onFocus={prefetchChoices}
            onClick={(e) => onAction(e, 'manage')}
          >
            {settings.banner.manageLabel}
          </button>
        </div>
      </form>
    </section>
  )
}
