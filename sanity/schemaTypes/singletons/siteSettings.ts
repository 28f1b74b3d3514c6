import { CogIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { checkBaseUrl, checkAltField, imageParent } from '../rules'

export const siteSettingsType = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  icon: CogIcon,
  fields: [
    defineField({ name: 'title', title: 'Site title', type: 'string', validation: (rule) => rule.required().max(80) }),
    defineField({
      name: 'description',
      title: 'Site description',
      type: 'text',
      rows: 2,
      validation: (rule) => rule.required().max(300),
    }),
    defineField({
      name: 'baseUrl',
      title: 'Base URL',
      type: 'url',
      description: 'Absolute address of the site, without a trailing slash (e.g. https://meridianreview.org).',
      validation: (rule) => rule.required().uri({ scheme: ['http', 'https'] }).custom((url) => checkBaseUrl(url)),
    }),
    defineField({
      name: 'language',
      title: 'Language',
      type: 'string',
      description: 'BCP 47 language tag, e.g. en-GB.',
      initialValue: 'en-GB',
      validation: (rule) =>
        rule
          .required()
          .regex(/^[a-z]{2,3}(?:-[A-Z]{2}|-[A-Za-z]{4})?$/, { name: 'language tag', invert: false })
          .error('Use a language tag such as en-GB'),
    }),
    defineField({
      name: 'navigation',
      title: 'Main navigation',
      type: 'array',
      of: [defineArrayMember({ type: 'navLink' })],
      validation: (rule) => rule.max(10),
    }),
    defineField({
      name: 'footerLinks',
      title: 'Footer links',
      type: 'array',
      of: [defineArrayMember({ type: 'navLink' })],
      validation: (rule) => rule.max(12),
    }),
    defineField({
      name: 'newsletter',
      title: 'Newsletter signup',
      type: 'object',
      fields: [
        defineField({ name: 'heading', title: 'Heading', type: 'string', validation: (rule) => rule.required().max(80) }),
        defineField({
          name: 'description',
          title: 'Description',
          type: 'text',
          rows: 2,
          validation: (rule) => rule.required().max(300),
        }),
        defineField({
          name: 'privacyNote',
          title: 'Privacy note',
          type: 'text',
          rows: 3,
          description: 'Shown next to the form and stored with each subscription as proof of what was shown.',
          validation: (rule) => rule.required().max(500),
        }),
        defineField({
          name: 'consentVersion',
          title: 'Consent text version',
          type: 'string',
          description: 'Change whenever the privacy note changes meaningfully.',
          validation: (rule) => rule.required().max(20),
        }),
      ],
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'publisherLogo',
      title: 'Publisher logo',
      type: 'image',
      description: 'Used in structured data for search engines.',
      fields: [
        defineField({
          name: 'alt',
          title: 'Alternative text',
          type: 'string',
          description: 'Required when an image is set: what the image shows.',
          validation: (rule) => rule.max(300).custom((alt, context) => checkAltField(alt, imageParent(context.parent))),
        }),
      ],
    }),
    defineField({
      name: 'feedContent',
      title: 'Feed content',
      type: 'string',
      description: 'Whether RSS feeds carry the full article or the standfirst only.',
      options: {
        list: [
          { title: 'Full text', value: 'full' },
          { title: 'Summary', value: 'summary' },
        ],
        layout: 'radio',
      },
      initialValue: 'full',
      validation: (rule) => rule.required(),
    }),
  ],
  preview: { prepare: () => ({ title: 'Site settings' }) },
})
