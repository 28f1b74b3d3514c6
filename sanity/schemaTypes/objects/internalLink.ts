import { DocumentTextIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

/** Link to another article by reference, so the URL follows the article when its slug changes. */
export const internalLinkType = defineType({
  name: 'internalLink',
  title: 'Link to article',
  type: 'object',
  icon: DocumentTextIcon,
  fields: [
    defineField({
      name: 'reference',
      title: 'Article',
      type: 'reference',
      to: [{ type: 'article' }],
      validation: (rule) => rule.required(),
    }),
  ],
})
