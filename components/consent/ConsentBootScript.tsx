import type { ConsentSettings } from '@/lib/content/types'
import { gpcDecidesEverything } from '@/lib/consent/choices'
import { consentBootScriptSource } from '@/lib/consent/boot-script'

/**
 * Goes in the layout's <head>: a tiny inline script that runs before first paint and marks <html> with
 * `data-consent="decided"` (the banner's CSS hides it) or `"ask"`, so readers who already chose never
 * see the static page's banner flash. <html> needs `suppressHydrationWarning` as the script changes it.
 */
export function ConsentBootScript({ settings }: { settings: Pick<ConsentSettings, 'policyVersion' | 'lifetimeDays' | 'categories' | 'honourGpc'> }) {
  const source = consentBootScriptSource({
    policyVersion: settings.policyVersion,
    lifetimeDays: settings.lifetimeDays,
    gpcDecidesEverything: gpcDecidesEverything(settings, true),
  })
  return <script id="consent-boot" dangerouslySetInnerHTML={{ __html: source }} />
}
