import { PlugIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { checkConsentKey, checkHostNames } from '../rules'

export const CONSENT_MODE_SIGNALS = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage'] as const

/** One third-party (or self-hosted) service that needs consent before it runs. */
export const consentServiceType = defineType({
  name: 'consentService',
  title: 'Service',
  type: 'object',
  icon: PlugIcon,
  fields: [
    defineField({
      name: 'key',
      title: 'Key',
      type: 'string',
      description: 'Stable identifier used by the site and by embed blocks (e.g. youtube). Do not change once published.',
      validation: (rule) => rule.required().max(40).custom((key) => checkConsentKey(key)),
    }),
    defineField({ name: 'name', title: 'Name', type: 'string', validation: (rule) => rule.required().max(80) }),
    defineField({ name: 'provider', title: 'Provider', type: 'string', validation: (rule) => rule.required().max(160) }),
    defineField({ name: 'purpose', title: 'Purpose', type: 'text', rows: 2, validation: (rule) => rule.required().max(400) }),
    defineField({
      name: 'retention',
      title: 'Retention',
      type: 'string',
      description: 'How long the service keeps what it stores, e.g. "13 months".',
      validation: (rule) => rule.required().max(160),
    }),
    defineField({
      name: 'cookies',
      title: 'Cookies and storage keys',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'hosts',
      title: 'Third-party hosts',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
      description: 'Host names the service contacts (without https://). Empty for self-hosted services.',
      validation: (rule) => rule.custom((hosts) => checkHostNames(hosts)),
    }),
    defineField({
      name: 'consentModeSignals',
      title: 'Google Consent Mode signals',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: CONSENT_MODE_SIGNALS.map((value) => ({ value, title: value })) },
      validation: (rule) => rule.unique(),
    }),
  ],
  preview: {
    select: { title: 'name', key: 'key', provider: 'provider' },
    prepare: ({ title, key, provider }) => ({ title: title || key, subtitle: [key, provider].filter(Boolean).join(' · ') }),
  },
})
