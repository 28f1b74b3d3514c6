import { TagIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { checkSlugFormat, slugify } from '../rules'
import { isSlugUniqueForType } from '../slugUniqueness'

export const topicType = defineType({
  name: 'topic',
  title: 'Topic',
  type: 'document',
  icon: TagIcon,
  fields: [
    defineField({ name: 'title', title: 'Title', type: 'string', validation: (rule) => rule.required().max(80) }),
    defineField({
      name: 'slug',
      title: 'Slug',
      type: 'slug',
      options: { source: 'title', maxLength: 96, slugify, isUnique: isSlugUniqueForType },
      validation: (rule) => rule.required().custom((slug) => checkSlugFormat(slug)),
    }),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.required().max(300),
    }),
  ],
  orderings: [{ title: 'Title', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] }],
  preview: { select: { title: 'title', subtitle: 'slug.current' } },
})
