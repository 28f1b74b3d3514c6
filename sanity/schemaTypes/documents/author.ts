import { UserIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { checkAltField, imageParent, checkSingleLine } from '../rules'
import { slugField } from '../slugField'

export const authorType = defineType({
  name: 'author',
  title: 'Author',
  type: 'document',
  icon: UserIcon,
  fields: [
    defineField({ name: 'name', title: 'Name', type: 'string', validation: (rule) => rule.required().max(100) }),
    slugField({ source: 'name' }),
    defineField({
      name: 'role',
      title: 'Role or affiliation',
      type: 'string',
      validation: (rule) => rule.required().max(120),
    }),
    defineField({
      name: 'bio',
      title: 'One-line bio',
      type: 'string',
      validation: (rule) => rule.required().max(200).custom((bio) => checkSingleLine(bio)),
    }),
    defineField({
      name: 'portrait',
      title: 'Portrait',
      type: 'image',
      options: { hotspot: true },
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
      name: 'links',
      title: 'Links',
      type: 'array',
      of: [defineArrayMember({ type: 'authorLink' })],
      validation: (rule) => rule.max(8),
    }),
  ],
  orderings: [{ title: 'Name', name: 'nameAsc', by: [{ field: 'name', direction: 'asc' }] }],
  preview: { select: { title: 'name', subtitle: 'role', media: 'portrait' } },
})
