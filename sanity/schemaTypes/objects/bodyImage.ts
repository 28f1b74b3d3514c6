import { ImageIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { checkAltField, imageParent } from '../rules'

export const bodyImageType = defineType({
  name: 'bodyImage',
  title: 'Image',
  type: 'image',
  icon: ImageIcon,
  options: { hotspot: true },
  fields: [
    defineField({
      name: 'alt',
      title: 'Alternative text',
      type: 'string',
      description: 'What the image shows, for readers who cannot see it.',
      validation: (rule) => rule.required().max(300).custom((alt, context) => checkAltField(alt, imageParent(context.parent))),
    }),
    defineField({ name: 'caption', title: 'Caption', type: 'string', validation: (rule) => rule.max(300) }),
    defineField({ name: 'credit', title: 'Credit', type: 'string', validation: (rule) => rule.max(120) }),
  ],
  validation: (rule) => rule.required().assetRequired(),
  preview: {
    select: { title: 'caption', subtitle: 'alt', media: 'asset' },
    prepare: ({ title, subtitle, media }) => ({ title: title || subtitle || 'Image', subtitle: title ? subtitle : undefined, media }),
  },
})
