import { LockIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { checkConsentCategories, checkPrivacyPolicyUrl } from '../rules'

const label = (name: string, title: string, max = 40) =>
  defineField({ name, title, type: 'string', validation: (rule) => rule.required().max(max) })

/** What the cookie banner says and which services need consent; validation keeps a non-compliant banner unpublishable. */
export const consentSettingsType = defineType({
  name: 'consentSettings',
  title: 'Consent settings',
  type: 'document',
  icon: LockIcon,
  fields: [
    defineField({
      name: 'policyVersion',
      title: 'Policy version',
      type: 'number',
      description: 'Raise it when the categories or services change: every visitor is asked again.',
      validation: (rule) => rule.required().integer().min(1),
    }),
    defineField({ name: 'policyDate', title: 'Policy date', type: 'date', validation: (rule) => rule.required() }),
    defineField({
      name: 'changeSummary',
      title: 'What changed',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.required().max(600),
    }),
    defineField({
      name: 'privacyPolicyUrl',
      title: 'Privacy policy link',
      type: 'string',
      description: 'A site path such as /privacy, or a full https:// URL.',
      validation: (rule) => rule.required().custom((url) => checkPrivacyPolicyUrl(url)),
    }),
    defineField({
      name: 'banner',
      title: 'Banner',
      type: 'object',
      fields: [
        label('heading', 'Heading', 80),
        defineField({ name: 'text', title: 'Text', type: 'text', rows: 3, validation: (rule) => rule.required().max(600) }),
        label('acceptAllLabel', '"Accept all" button'),
        defineField({
          name: 'rejectAllLabel',
          title: '"Reject all" button',
          type: 'string',
          description: 'Required: rejecting must be as easy as accepting.',
          validation: (rule) => rule.required().max(40),
        }),
        label('manageLabel', '"Manage choices" button'),
        label('saveLabel', '"Save choices" button'),
        label('learnMoreLabel', '"Learn more" link'),
      ],
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'categories',
      title: 'Categories',
      type: 'array',
      of: [defineArrayMember({ type: 'consentCategory' })],
      validation: (rule) => rule.required().custom((categories) => checkConsentCategories(categories as never)),
    }),
    defineField({
      name: 'embedPlaceholder',
      title: 'Placeholder for blocked embeds',
      type: 'object',
      fields: [
        defineField({
          name: 'text',
          title: 'Text',
          type: 'text',
          rows: 2,
          description: 'May use {service} for the service name.',
          validation: (rule) => rule.required().max(300),
        }),
        label('loadOnceLabel', '"Load once" button'),
        label('alwaysAllowLabel', '"Always allow" button'),
      ],
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'lifetimeDays',
      title: 'Consent lifetime (days)',
      type: 'number',
      description: 'How long a choice is kept before asking again (at most 395 days, about 13 months).',
      initialValue: 180,
      validation: (rule) => rule.required().integer().min(1).max(395),
    }),
    defineField({
      name: 'honourGpc',
      title: 'Honour Global Privacy Control',
      type: 'boolean',
      initialValue: true,
      validation: (rule) => rule.required(),
    }),
  ],
  preview: {
    select: { version: 'policyVersion', date: 'policyDate' },
    prepare: ({ version, date }) => ({ title: 'Consent settings', subtitle: `Policy version ${version ?? '?'}${date ? ` · ${date}` : ''}` }),
  },
})
