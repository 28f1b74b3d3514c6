import fs from 'node:fs'
import path from 'node:path'
import { consentSettingsSchema } from '@/lib/content/schemas'
import type { ConsentCategory, ConsentSettings } from '@/lib/content/types'

/** The seed's consentSettings document, parsed as the app parses it. */
export function seedConsentSettings(): ConsentSettings {
  const ndjson = fs.readFileSync(path.join(__dirname, '../../sanity/seed/seed.ndjson'), 'utf8')
  const line = ndjson.split('\n').find((l) => l.includes('"_id":"consentSettings"'))
  if (!line) throw new Error('seed has no consentSettings document')
  return consentSettingsSchema.parse(JSON.parse(line))
}

export const marketingCategory: ConsentCategory = {
  key: 'marketing',
  title: 'Marketing',
  description: 'Measures our campaigns.',
  required: false,
  defaultEnabled: false,
  services: [
    {
      key: 'ad-network',
      name: 'Ad Network',
      provider: 'Ads Ltd',
      purpose: 'Measures ads.',
      retention: '90 days',
      cookies: ['ad_id'],
      hosts: ['ads.example'],
      consentModeSignals: ['ad_storage', 'ad_user_data'],
    },
  ],
}

export function withMarketing(settings: ConsentSettings): ConsentSettings {
  return { ...settings, categories: [...settings.categories, marketingCategory] }
}

export const CONSENT_ID = '2b7f0c1e-4a5d-4c3b-9e8f-0a1b2c3d4e5f'
export const NOW = new Date('2026-11-27T12:00:00Z')
export const NOW_S = Math.floor(NOW.getTime() / 1000)
