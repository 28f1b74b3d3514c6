import { LinkIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { checkNavHref } from '../rules'

export const navLinkType = defineType({
  name: 'navLink',
  title: 'Navigation link',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({ name: 'label', title: 'Label', type: 'string', validation: (rule) => rule.required().max(40) }),
    defineField({
      name: 'href',
      title: 'Link',
      type: 'string',
      description: 'A site path such as /topics/trade, or a full https:// URL.',
      validation: (rule) => rule.required().custom((href) => checkNavHref(href)),
    }),
  ],
  preview: { select: { title: 'label', subtitle: 'href' } },
})
