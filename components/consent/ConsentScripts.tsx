'use client'

import { useEffect, useRef } from 'react'
import { usePathname } from 'next/navigation'
import { useConsent } from './consent-context'

/** A script that runs only while its service is allowed. `global` names the object whose stop() halts it. */
export type ConsentScript = { service: string; src: string; global?: string }

export const DEFAULT_CONSENT_SCRIPTS: readonly ConsentScript[] = [
  { service: 'meridian-analytics', src: '/analytics/meridian.js', global: 'meridianAnalytics' },
]

const SCRIPT_ATTRIBUTE = 'data-consent-script'

/** Adds a service's script to <head> once (also used for embed widgets). */
export function ensureConsentScript(service: string, src: string, attributes: Record<string, string> = {}): void {
  const existing = document.head.querySelectorAll<HTMLScriptElement>(`script[${SCRIPT_ATTRIBUTE}]`)
  for (const el of existing) if (el.getAttribute(SCRIPT_ATTRIBUTE) === service && el.getAttribute('src') === src) return
  const script = document.createElement('script')
  script.src = src
  script.async = true
  script.setAttribute(SCRIPT_ATTRIBUTE, service)
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value)
  document.head.appendChild(script)
}

/** Removes a service's scripts and stops what they started. */
export function removeConsentScripts(service: string, global?: string): void {
  for (const el of document.querySelectorAll(`script[${SCRIPT_ATTRIBUTE}]`)) {
    if (el.getAttribute(SCRIPT_ATTRIBUTE) === service) el.remove()
  }
  if (global) {
    const running = (window as unknown as Record<string, { stop?: () => void } | undefined>)[global]
    try {
      running?.stop?.()
    } catch {
      // A broken third-party stop() must not break the page.
    }
  }
}

/**
 * Loads each service's script only once the reader allows the service (its category accepted, or
 * the service always allowed), and removes and stops it when consent goes. Renders nothing.
 */
export function ConsentScripts({ scripts = DEFAULT_CONSENT_SCRIPTS }: { scripts?: readonly ConsentScript[] }) {
  const context = useConsent()
  const mounted = context?.mounted ?? false
  const isAllowed = context?.isServiceAllowed
  const settings = context?.settings

  useEffect(() => {
    if (!mounted || !isAllowed || !settings) return
    for (const script of scripts) {
      if (isAllowed(script.service)) {
        const category = settings.categories.find((c) => c.services.some((s) => s.key === script.service))
        ensureConsentScript(script.service, script.src, {
          'data-consent-service': script.service,
          ...(category ? { 'data-consent-category': category.key } : {}),
        })
      } else {
        removeConsentScripts(script.service, script.global)
      }
    }
  }, [mounted, isAllowed, settings, scripts])

  // Client-side navigations are page views too; the script counts the first one itself when it loads.
  const pathname = usePathname()
  const lastPath = useRef(pathname)
  useEffect(() => {
    if (!pathname || pathname === lastPath.current) return
    lastPath.current = pathname
    for (const script of scripts) {
      const running = script.global ? (window as unknown as Record<string, { track?: (path: string) => void } | undefined>)[script.global] : undefined
      if (isAllowed?.(script.service)) running?.track?.(pathname)
    }
  }, [pathname, scripts, isAllowed])

  return null
}
