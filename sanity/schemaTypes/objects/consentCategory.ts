import { ControlsIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { checkCategoryDefault, checkConsentKey, checkUniqueKeys } from '../rules'

/** A group of services the visitor accepts or rejects together. */
export const consentCategoryType = defineType({
  name: 'consentCategory',
  title: 'Category',
  type: 'object',
  icon: ControlsIcon,
  fields: [
    defineField({
      name: 'key',
      title: 'Key',
      type: 'string',
      description: 'Stable identifier (necessary, analytics, embeds…). Do not change once published.',
      validation: (rule) => rule.required().max(40).custom((key) => checkConsentKey(key)),
    }),
    defineField({ name: 'title', title: 'Title', type: 'string', validation: (rule) => rule.required().max(80) }),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.required().max(600),
    }),
    defineField({
      name: 'required',
      title: 'Always on (strictly necessary)',
      type: 'boolean',
      initialValue: false,
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'defaultEnabled',
      title: 'Enabled by default',
      type: 'boolean',
      description: 'Only strictly necessary categories may be on by default.',
      initialValue: false,
      validation: (rule) =>
        rule.custom((defaultEnabled, context) =>
          checkCategoryDefault({ ...(context.parent as object), defaultEnabled: defaultEnabled as boolean | undefined }),
        ),
    }),
    defineField({
      name: 'services',
      title: 'Services',
      type: 'array',
      of: [defineArrayMember({ type: 'consentService' })],
      validation: (rule) => rule.custom((services) => checkUniqueKeys(services as { key?: string }[] | undefined, 'Service')),
    }),
  ],
  preview: {
    select: { title: 'title', key: 'key', required: 'required' },
    prepare: ({ title, key, required }) => ({ title: title || key, subtitle: `${key ?? '?'}${required ? ' · always on' : ''}` }),
  },
})
