'use client'

import { createContext, useContext } from 'react'
import type { ConsentSettings } from '@/lib/content/types'
import type { ConsentAction, ConsentChoice, ConsentSource, EffectiveConsent } from '@/lib/consent/choices'
import type { ChoiceNeed } from '@/lib/consent/cookie'

export const CONSENT_ENDPOINT = '/api/consent'
/** Fired on window after every choice; detail: categories, services and the Consent Mode v2 state. */
export const CONSENT_CHANGE_EVENT = 'mr:consent-change'

type AskReason = Extract<ChoiceNeed, { ask: true }>['reason']

export type ConsentBannerState = {
  open: boolean
  manage: boolean
  /** Why the banner asks; `settings` when the reader reopened it. */
  reason: AskReason | 'settings' | null
}

export type ConsentContextValue = {
  settings: ConsentSettings
  /** False during server rendering and the first client render (which must match it). */
  mounted: boolean
  consent: EffectiveConsent
  gpc: boolean
  banner: ConsentBannerState
  /** Increases with every choice made in the banner or settings and whenever something allowed is taken back: embeds loaded "once" unload. */
  revocations: number
  isServiceAllowed(serviceKey: string): boolean
  choose(action: ConsentAction, requested: ConsentChoice | null, source: ConsentSource): void
  allowService(serviceKey: string): void
  openSettings(trigger?: HTMLElement | null): void
  setManage(open: boolean): void
  closeBanner(): void
}

export const ConsentContext = createContext<ConsentContextValue | null>(null)

/** The consent context, or null outside a ConsentManager (components then render their no-JS markup). */
export function useConsent(): ConsentContextValue | null {
  return useContext(ConsentContext)
}

