import type { DocumentActionComponent } from 'sanity'
import { CONSENT_SETTINGS_ID, SITE_SETTINGS_ID } from '../schemaTypes/singletonIds'

/** Singleton document types and their fixed ids. */
export const SINGLETONS = [
  { type: 'siteSettings', id: SITE_SETTINGS_ID, title: 'Site settings' },
  { type: 'consentSettings', id: CONSENT_SETTINGS_ID, title: 'Consent settings' },
] as const

const singletonTypeNames = new Set<string>(SINGLETONS.map((s) => s.type))

export function isSingletonType(schemaType: string): boolean {
  return singletonTypeNames.has(schemaType)
}

/** Actions allowed on a singleton: publishing and discarding edits; never duplicate, delete or unpublish. */
const SINGLETON_ACTIONS = new Set<string>(['publish', 'discardChanges', 'restore'])

export function singletonDocumentActions(
  actions: DocumentActionComponent[],
  schemaType: string,
): DocumentActionComponent[] {
  if (!isSingletonType(schemaType)) return actions
  return actions.filter(({ action }) => typeof action === 'string' && SINGLETON_ACTIONS.has(action))
}

/** No "create new" for singletons: initial value templates for them are dropped (template id = type name). */
export function withoutSingletonTemplates<T extends { schemaType?: string; templateId?: string }>(templates: T[]): T[] {
  return templates.filter((t) => !isSingletonType(t.schemaType ?? t.templateId ?? ''))
}
