import { LinkIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { checkSafeLinkUrl } from '../rules'

/** External link annotation in Portable Text. */
export const linkType = defineType({
  name: 'link',
  title: 'External link',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'href',
      title: 'URL',
      type: 'url',
      description: 'https://…, mailto:… or tel:…',
      validation: (rule) =>
        rule
          .required()
          .uri({ scheme: ['http', 'https', 'mailto', 'tel'], allowRelative: false })
          .custom((href) => checkSafeLinkUrl(href)),
    }),
    defineField({ name: 'openInNewTab', title: 'Open in a new tab', type: 'boolean', initialValue: false }),
  ],
})
