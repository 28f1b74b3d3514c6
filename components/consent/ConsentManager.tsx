'use client'

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react'
import type { ConsentSettings } from '@/lib/content/types'
import {
  acceptAllChoice,
  blockedServiceCookies,
  classifyAction,
  consentModeState,
  effectiveConsent,
  gpcDecidesEverything,
  isServiceAllowed,
  normaliseChoice,
  rejectAllChoice,
  type ConsentAction,
  type ConsentChoice,
  type ConsentSource,
  type EffectiveConsent,
} from '@/lib/consent/choices'
import {
  CONSENT_COOKIE_NAME,
  consentSetCookie,
  cookieDeletionStrings,
  needsChoice,
  parseConsentCookie,
  randomConsentId,
  readCookie,
  serializeConsentCookie,
  type ConsentCookie,
} from '@/lib/consent/cookie'
import { CONSENT_CHANGE_EVENT, CONSENT_ENDPOINT, ConsentContext, type ConsentBannerState, type ConsentContextValue } from './consent-context'
import { ConsentScripts, DEFAULT_CONSENT_SCRIPTS, removeConsentScripts, type ConsentScript } from './ConsentScripts'

// The consent cookie as an external store: the manager writes it and notifies; React reads it without
// a state copy, and reads nothing during server rendering (pages are the same for every reader).
const cookieListeners = new Set<() => void>()
function subscribeCookie(listener: () => void) {
  cookieListeners.add(listener)
  return () => cookieListeners.delete(listener)
}
function writeConsentCookie(assignment: string) {
  document.cookie = assignment
  for (const listener of cookieListeners) listener()
}
const readConsentCookieValue = () => readCookie(document.cookie, CONSENT_COOKIE_NAME)
const noSubscription = () => () => undefined
const readGpc = () => (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true
const onClient = () => true
const onServer = () => false
const nothing = () => null

function setHtmlState(banner: ConsentBannerState) {
  const html = document.documentElement
  html.setAttribute('data-consent', banner.open ? 'ask' : 'decided')
  html.setAttribute('data-consent-reason', banner.open && banner.reason ? banner.reason : 'none')
}

function deleteCookieEverywhere(name: string) {
  if (readCookie(document.cookie, name) === null) return
  for (const assignment of cookieDeletionStrings(name, location.hostname, location.pathname)) document.cookie = assignment
}

function lostSomething(before: EffectiveConsent, after: EffectiveConsent) {
  return [...before.categories].some((k) => !after.categories.has(k)) || [...before.services].some((k) => !after.services.has(k))
}

type ConsentManagerProps = {
  settings: ConsentSettings
  children?: ReactNode
  /** Scripts loaded per service once allowed; defaults to the self-hosted analytics. */
  scripts?: readonly ConsentScript[]
}

const CLOSED: ConsentBannerState = { open: false, manage: false, reason: null }

/**
 * Holds the reader's consent in the browser: reads the cookie after hydration, shows or hides the
 * banner, writes choices (cookie at once, record through POST /api/consent), deletes the cookies of
 * services no longer allowed, and takes over the footer's "Privacy settings" link.
 */
export function ConsentManager({ settings, children, scripts = DEFAULT_CONSENT_SCRIPTS }: ConsentManagerProps) {
  const mounted = useSyncExternalStore(noSubscription, onClient, onServer)
  const cookieValue = useSyncExternalStore(subscribeCookie, readConsentCookieValue, nothing)
  const gpc = useSyncExternalStore(noSubscription, readGpc, onServer)
  /** The banner as the reader drove it (opened settings, toggled the manage layer); null: as the cookie says. */
  const [override, setOverride] = useState<ConsentBannerState | null>(null)
  const [revocations, setRevocations] = useState(0)
  const triggerRef = useRef<HTMLElement | null>(null)

  const cookie = useMemo(() => parseConsentCookie(cookieValue), [cookieValue])
  const need = useMemo(() => needsChoice(cookie, settings, new Date()), [cookie, settings])
  const gpcDecides = need.ask && gpcDecidesEverything(settings, gpc)
  const consent = useMemo(() => effectiveConsent(cookie, settings, new Date(), gpc), [cookie, settings, gpc])

  const banner: ConsentBannerState = !mounted
    ? { open: true, manage: false, reason: null }
    : (override ?? (need.ask && !gpcDecides ? { open: true, manage: false, reason: need.reason } : CLOSED))

  /** Writes a choice (cookie now, record in the background); true when something allowed before is not any more. */
  const apply = useCallback(
    (choice: ConsentChoice, source: ConsentSource, previous: ConsentCookie | null) => {
      const now = Math.floor(Date.now() / 1000)
      const maxAgeSeconds = settings.lifetimeDays * 86_400
      const next: ConsentCookie = {
        consentId: previous?.consentId ?? randomConsentId(),
        policyVersion: settings.policyVersion,
        decidedAt: now,
        expiresAt: now + maxAgeSeconds,
        categories: choice.categories,
        services: choice.services,
      }
      // Classified here, against the choice in force before: the server only sees the cookie written below.
      const previousChoice = previous && !needsChoice(previous, { ...settings, policyVersion: previous.policyVersion }, new Date()).ask ? previous : null
      const recordedAction = classifyAction(settings, previousChoice, choice, gpc)
      const before = effectiveConsent(previous, settings, new Date(), gpc)
      const after = effectiveConsent(next, settings, new Date(), gpc)
      writeConsentCookie(consentSetCookie(serializeConsentCookie(next), { maxAgeSeconds, secure: location.protocol === 'https:' }))
      const lost = lostSomething(before, after)
      if (lost) {
        // Widget scripts of embeds no longer allowed go too; listed scripts are handled by ConsentScripts.
        const services = new Set([...document.querySelectorAll('script[data-consent-script]')].map((el) => el.getAttribute('data-consent-script') ?? ''))
        for (const service of services) if (!isServiceAllowed(settings, after, service)) removeConsentScripts(service)
      }
      // The cookie already holds the choice; the record is its proof. Refusals never wait on the network.
      void fetch(CONSENT_ENDPOINT, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          consentId: next.consentId,
          policyVersion: settings.policyVersion,
          action: recordedAction,
          categories: choice.categories,
          services: choice.services,
          source,
        }),
      }).catch(() => undefined)
      return lost
    },
    [gpc, settings],
  )

  // GPC refuses every optional category: the choice is made and recorded without asking.
  useEffect(() => {
    if (mounted && gpcDecides) apply(rejectAllChoice(settings), 'gpc', cookie)
  }, [mounted, gpcDecides, apply, settings, cookie])

  const bannerOpen = banner.open
  const bannerReason = banner.reason
  // A layout effect: it runs before the banner's own effects, which focus elements the CSS would otherwise still hide.
  useLayoutEffect(() => {
    if (mounted) setHtmlState({ open: bannerOpen, manage: false, reason: bannerReason })
  }, [mounted, bannerOpen, bannerReason])

  // Enforcement after every change: cookies of services not allowed are deleted, and the change is announced.
  useEffect(() => {
    if (!mounted) return
    for (const name of blockedServiceCookies(settings, consent)) deleteCookieEverywhere(name)
    window.dispatchEvent(
      new CustomEvent(CONSENT_CHANGE_EVENT, {
        detail: { categories: [...consent.categories], services: [...consent.services], consentMode: consentModeState(settings, consent) },
      }),
    )
  }, [mounted, consent, settings])

  const restoreFocus = useCallback(() => {
    const trigger = triggerRef.current
    triggerRef.current = null
    // After the banner goes, focus returns where the reader was, else to the main content.
    const target = trigger?.isConnected ? trigger : document.getElementById('content')
    const active = document.activeElement
    if (target && (!active || active === document.body || active.closest('[data-consent-banner]'))) target.focus()
  }, [])

  const choose = useCallback(
    (action: ConsentAction, requested: ConsentChoice | null, source: ConsentSource) => {
      const choice =
        action === 'accept_all'
          ? acceptAllChoice(settings, gpc)
          : action === 'custom' && requested
            ? normaliseChoice(settings, requested, gpc)
            : rejectAllChoice(settings)
      apply(choice, source, cookie)
      // A choice in the banner or settings replaces any one-time loads: they unload unless now allowed.
      setRevocations((n) => n + 1)
      // Closed for this page view even if the browser refuses cookies.
      setOverride(CLOSED)
      restoreFocus()
    },
    [apply, cookie, gpc, restoreFocus, settings],
  )

  const allowService = useCallback(
    (serviceKey: string) => {
      const base = cookie && !needsChoice(cookie, settings, new Date()).ask ? cookie : rejectAllChoice(settings)
      const choice = normaliseChoice(settings, { categories: base.categories, services: [...base.services, serviceKey] }, gpc)
      if (apply(choice, 'embed', cookie)) setRevocations((n) => n + 1)
    },
    [apply, cookie, gpc, settings],
  )

  const openSettings = useCallback((trigger?: HTMLElement | null) => {
    triggerRef.current = trigger ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null)
    setOverride({ open: true, manage: true, reason: 'settings' })
  }, [])

  const bannerManage = banner.manage
  const setManage = useCallback(
    (open: boolean) => setOverride({ open: true, manage: open, reason: bannerReason }),
    [bannerReason],
  )

  const closeBanner = useCallback(() => {
    setOverride(null)
    restoreFocus()
  }, [restoreFocus])

  // The footer's "Privacy settings" link (a plain link to /privacy-settings without JS) reopens the choices.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
      const link = (event.target as Element | null)?.closest?.('a[data-privacy-settings]')
      if (!(link instanceof HTMLElement)) return
      event.preventDefault()
      event.stopPropagation()
      openSettings(link)
    }
    document.addEventListener('click', onClick, true)
    return () => document.removeEventListener('click', onClick, true)
  }, [openSettings])

  const value = useMemo<ConsentContextValue>(
    () => ({
      settings,
      mounted,
      consent,
      gpc,
      banner: { open: bannerOpen, manage: bannerManage, reason: bannerReason },
      revocations,
      isServiceAllowed: (serviceKey) => mounted && isServiceAllowed(settings, consent, serviceKey),
      choose,
      allowService,
      openSettings,
      setManage,
      closeBanner,
    }),
    [settings, mounted, consent, gpc, bannerOpen, bannerManage, bannerReason, revocations, choose, allowService, openSettings, setManage, closeBanner],
  )

  return (
    <ConsentContext.Provider value={value}>
      {children}
      <ConsentScripts scripts={scripts} />
    </ConsentContext.Provider>
  )
}
