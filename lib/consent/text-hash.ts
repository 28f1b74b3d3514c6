import { createHash } from 'node:crypto'
import type { ConsentSettings } from '@/lib/content/types'

/**
 * The consent texts a reader is shown, in a fixed order: banner, change summary, every category with its
 * services' details, the embed placeholder. Records store its hash so the exact wording can be proven
 * later against the CMS history (the same settings always give the same hash).
 */
export function consentTextShown(settings: ConsentSettings): string {
  const shown = {
    policyVersion: settings.policyVersion,
    policyDate: settings.policyDate,
    changeSummary: settings.changeSummary,
    privacyPolicyUrl: settings.privacyPolicyUrl,
    banner: [
      settings.banner.heading,
      settings.banner.text,
      settings.banner.acceptAllLabel,
      settings.banner.rejectAllLabel,
      settings.banner.manageLabel,
      settings.banner.saveLabel,
      settings.banner.learnMoreLabel,
    ],
    categories: settings.categories.map((c) => [
      c.key,
      c.title,
      c.description,
      c.required,
      c.services.map((s) => [s.key, s.name, s.provider, s.purpose, s.retention, s.cookies, s.hosts]),
    ]),
    embedPlaceholder: [settings.embedPlaceholder.text, settings.embedPlaceholder.loadOnceLabel, settings.embedPlaceholder.alwaysAllowLabel],
  }
  return JSON.stringify(shown)
}

/** SHA-256 (hex) of the consent texts shown. */
export function consentTextHash(settings: ConsentSettings): string {
  return createHash('sha256').update(consentTextShown(settings), 'utf8').digest('hex')
}
