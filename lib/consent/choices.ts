import type { ConsentCategory, ConsentModeSignal, ConsentService, ConsentSettings } from '@/lib/content/types'
import { needsChoice, type ConsentCookie } from './cookie'

/** What the reader has allowed right now: accepted categories (required ones always) and single services. */
export type EffectiveConsent = {
  categories: ReadonlySet<string>
  services: ReadonlySet<string>
}

export type ConsentAction = 'accept_all' | 'reject_all' | 'custom' | 'withdraw'
export const CONSENT_ACTIONS = ['accept_all', 'reject_all', 'custom', 'withdraw'] as const satisfies readonly ConsentAction[]

export type ConsentSource = 'banner' | 'settings' | 'embed' | 'no-js' | 'gpc'
export const CONSENT_SOURCES = ['banner', 'settings', 'embed', 'no-js', 'gpc'] as const satisfies readonly ConsentSource[]

export function requiredCategoryKeys(settings: Pick<ConsentSettings, 'categories'>): string[] {
  return settings.categories.filter((c) => c.required).map((c) => c.key)
}

export function optionalCategories(settings: Pick<ConsentSettings, 'categories'>): ConsentCategory[] {
  return settings.categories.filter((c) => !c.required)
}

export function findService(
  settings: Pick<ConsentSettings, 'categories'>,
  serviceKey: string,
): { category: ConsentCategory; service: ConsentService } | null {
  for (const category of settings.categories) {
    const service = category.services.find((s) => s.key === serviceKey)
    if (service) return { category, service }
  }
  return null
}

const AD_SIGNALS: readonly ConsentModeSignal[] = ['ad_storage', 'ad_user_data', 'ad_personalization']
const MARKETING_KEYS = new Set(['marketing', 'advertising', 'ads'])

/**
 * Categories that Global Privacy Control refuses. Rule: an optional category is "marketing" when any of
 * its services carries an advertising Consent Mode signal (ad_storage, ad_user_data, ad_personalization:
 * they exist for ads and their measurement), or when its key is `marketing`, `advertising` or `ads`.
 * analytics_storage alone is not marketing; required categories never are.
 */
export function isMarketingCategory(category: ConsentCategory): boolean {
  if (category.required) return false
  if (MARKETING_KEYS.has(category.key)) return true
  return category.services.some((s) => s.consentModeSignals.some((signal) => AD_SIGNALS.includes(signal)))
}

export function marketingCategoryKeys(settings: Pick<ConsentSettings, 'categories'>): string[] {
  return settings.categories.filter(isMarketingCategory).map((c) => c.key)
}

/** Whether GPC refuses categories here: the CMS says to honour it and the browser sends it. */
export function gpcApplies(settings: Pick<ConsentSettings, 'honourGpc'>, gpcSignal: boolean): boolean {
  return settings.honourGpc && gpcSignal
}

/** `Sec-GPC: 1` on a request. */
export function gpcFromHeaders(headers: Pick<Headers, 'get'>): boolean {
  return headers.get('sec-gpc')?.trim() === '1'
}

/**
 * When GPC refuses every optional category there is nothing left to ask: the choice is made for the
 * reader (recorded with source `gpc`) and no banner appears.
 */
export function gpcDecidesEverything(settings: Pick<ConsentSettings, 'categories' | 'honourGpc'>, gpcSignal: boolean): boolean {
  const optional = optionalCategories(settings)
  return gpcApplies(settings, gpcSignal) && optional.length > 0 && optional.every(isMarketingCategory)
}

export type ConsentChoice = { categories: string[]; services: string[] }

/**
 * A requested choice made safe: known keys only, required categories always in, GPC-refused categories
 * (and their services) out, services already covered by an accepted category dropped.
 */
export function normaliseChoice(
  settings: Pick<ConsentSettings, 'categories' | 'honourGpc'>,
  requested: { categories: readonly string[]; services: readonly string[] },
  gpcSignal: boolean,
): ConsentChoice {
  const refused = new Set(gpcApplies(settings, gpcSignal) ? marketingCategoryKeys(settings) : [])
  const wanted = new Set(requested.categories)
  const categories = settings.categories
    .filter((c) => c.required || (wanted.has(c.key) && !refused.has(c.key)))
    .map((c) => c.key)
  const accepted = new Set(categories)
  const wantedServices = new Set(requested.services)
  const services: string[] = []
  for (const category of settings.categories) {
    if (category.required || accepted.has(category.key) || refused.has(category.key)) continue
    for (const service of category.services) if (wantedServices.has(service.key)) services.push(service.key)
  }
  return { categories, services }
}

export function acceptAllChoice(settings: Pick<ConsentSettings, 'categories' | 'honourGpc'>, gpcSignal: boolean): ConsentChoice {
  return normaliseChoice(settings, { categories: settings.categories.map((c) => c.key), services: [] }, gpcSignal)
}

export function rejectAllChoice(settings: Pick<ConsentSettings, 'categories'>): ConsentChoice {
  return { categories: requiredCategoryKeys(settings), services: [] }
}

export function rejectedCategoryKeys(settings: Pick<ConsentSettings, 'categories'>, choice: ConsentChoice): string[] {
  const accepted = new Set(choice.categories)
  return settings.categories.filter((c) => !accepted.has(c.key)).map((c) => c.key)
}

/** The consent in force: required categories only until a valid, current choice exists. */
export function effectiveConsent(
  cookie: ConsentCookie | null,
  settings: ConsentSettings,
  now: Date,
  gpcSignal: boolean,
): EffectiveConsent {
  const choice =
    cookie && !needsChoice(cookie, settings, now).ask
      ? normaliseChoice(settings, cookie, gpcSignal)
      : rejectAllChoice(settings)
  return { categories: new Set(choice.categories), services: new Set(choice.services) }
}

export function isCategoryAllowed(consent: EffectiveConsent, categoryKey: string): boolean {
  return consent.categories.has(categoryKey)
}

/** A service may run when its category is accepted or the reader always allows it. Unknown services never. */
export function isServiceAllowed(settings: Pick<ConsentSettings, 'categories'>, consent: EffectiveConsent, serviceKey: string): boolean {
  const found = findService(settings, serviceKey)
  if (!found) return false
  return found.category.required || consent.categories.has(found.category.key) || consent.services.has(serviceKey)
}

const hasOptional = (settings: Pick<ConsentSettings, 'categories'>, choice: ConsentChoice) =>
  choice.services.length > 0 || choice.categories.some((key) => !settings.categories.find((c) => c.key === key)?.required)

/**
 * The record's action for a choice, from what was in force before: everything optional accepted is
 * `accept_all`; nothing optional is `withdraw` when something optional was allowed before, else
 * `reject_all`; anything else `custom`.
 */
export function classifyAction(
  settings: Pick<ConsentSettings, 'categories' | 'honourGpc'>,
  previous: ConsentChoice | null,
  next: ConsentChoice,
  gpcSignal: boolean,
): ConsentAction {
  if (!hasOptional(settings, next)) return previous && hasOptional(settings, previous) ? 'withdraw' : 'reject_all'
  const all = acceptAllChoice(settings, gpcSignal)
  const accepted = new Set(next.categories)
  if (all.categories.every((k) => accepted.has(k)) && next.services.length === 0) return 'accept_all'
  return 'custom'
}

export type ConsentModeState = Record<ConsentModeSignal, 'granted' | 'denied'>

export const CONSENT_MODE_SIGNALS: readonly ConsentModeSignal[] = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage']

/** Google Consent Mode v2: every signal denied unless an allowed service carries it. */
export function consentModeState(settings: Pick<ConsentSettings, 'categories'>, consent: EffectiveConsent | null): ConsentModeState {
  const state = Object.fromEntries(CONSENT_MODE_SIGNALS.map((s) => [s, 'denied'])) as ConsentModeState
  if (!consent) return state
  for (const category of settings.categories) {
    for (const service of category.services) {
      if (!isServiceAllowed(settings, consent, service.key)) continue
      for (const signal of service.consentModeSignals) state[signal] = 'granted'
    }
  }
  return state
}

/** Cookies of services that are not allowed: they are deleted when consent is refused or withdrawn. */
export function blockedServiceCookies(settings: Pick<ConsentSettings, 'categories'>, consent: EffectiveConsent): string[] {
  const names = new Set<string>()
  for (const category of settings.categories) {
    for (const service of category.services) {
      if (!isServiceAllowed(settings, consent, service.key)) for (const cookie of service.cookies) names.add(cookie)
    }
  }
  return [...names]
}

/** `{service}` in CMS texts replaced by the service's display name. */
export function fillServiceName(template: string, serviceName: string): string {
  return template.replaceAll('{service}', serviceName)
}
