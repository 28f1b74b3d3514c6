import { LinkIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { checkSafeLinkUrl } from '../rules'

/** A link on an author's profile (personal site, social account, email). */
export const authorLinkType = defineType({
  name: 'authorLink',
  title: 'Profile link',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({ name: 'label', title: 'Label', type: 'string', validation: (rule) => rule.required().max(60) }),
    defineField({
      name: 'url',
      title: 'URL',
      type: 'url',
      validation: (rule) =>
        rule
          .required()
          .uri({ scheme: ['http', 'https', 'mailto', 'tel'] })
          .custom((url) => checkSafeLinkUrl(url)),
    }),
  ],
  preview: { select: { title: 'label', subtitle: 'url' } },
})
