import { DocumentTextIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { checkAltField, checkBodyHasContent, checkNoSelfReference, checkUpdatedAfterPublished, imageParent } from '../rules'
import { slugField } from '../slugField'

export const articleType = defineType({
  name: 'article',
  title: 'Article',
  type: 'document',
  icon: DocumentTextIcon,
  groups: [
    { name: 'content', title: 'Content', default: true },
    { name: 'meta', title: 'Byline and topics' },
    { name: 'seo', title: 'Search and sharing' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Headline',
      type: 'string',
      group: 'content',
      validation: (rule) => rule.required().max(140),
    }),
    slugField({ source: 'title', group: 'content' }),
    defineField({
      name: 'standfirst',
      title: 'Standfirst',
      type: 'text',
      rows: 3,
      group: 'content',
      description: 'One or two sentences under the headline; also the default search description.',
      validation: (rule) => rule.required().max(320),
    }),
    defineField({
      name: 'authors',
      title: 'Authors',
      type: 'array',
      group: 'meta',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'author' }] })],
      validation: (rule) => rule.required().min(1).unique(),
    }),
    defineField({
      name: 'publishedAt',
      title: 'Published at',
      type: 'datetime',
      group: 'meta',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'updatedAt',
      title: 'Updated at',
      type: 'datetime',
      group: 'meta',
      description: 'Set when the article changes materially after publication.',
      validation: (rule) =>
        rule.custom((updatedAt, context) =>
          checkUpdatedAfterPublished(updatedAt, (context.document as { publishedAt?: string } | undefined)?.publishedAt),
        ),
    }),
    defineField({
      name: 'mainImage',
      title: 'Main image',
      type: 'image',
      group: 'content',
      options: { hotspot: true },
      fields: [
        defineField({
          name: 'alt',
          title: 'Alternative text',
          type: 'string',
          description: 'Required when an image is set: what the image shows.',
          validation: (rule) => rule.max(300).custom((alt, context) => checkAltField(alt, imageParent(context.parent))),
        }),
        defineField({ name: 'caption', title: 'Caption', type: 'string', validation: (rule) => rule.max(300) }),
        defineField({ name: 'credit', title: 'Credit', type: 'string', validation: (rule) => rule.max(120) }),
      ],
    }),
    defineField({
      name: 'body',
      title: 'Body',
      type: 'array',
      group: 'content',
      of: [
        defineArrayMember({
          type: 'block',
          styles: [
            { title: 'Normal', value: 'normal' },
            { title: 'Heading 2', value: 'h2' },
            { title: 'Heading 3', value: 'h3' },
            { title: 'Quote', value: 'blockquote' },
          ],
          lists: [
            { title: 'Bullet', value: 'bullet' },
            { title: 'Numbered', value: 'number' },
          ],
          marks: {
            decorators: [
              { title: 'Strong', value: 'strong' },
              { title: 'Emphasis', value: 'em' },
              { title: 'Code', value: 'code' },
            ],
            annotations: [defineArrayMember({ type: 'link' }), defineArrayMember({ type: 'internalLink' })],
          },
        }),
        defineArrayMember({ type: 'bodyImage' }),
        defineArrayMember({ type: 'embed' }),
      ],
      validation: (rule) => rule.required().min(1).custom((body) => checkBodyHasContent(body)),
    }),
    defineField({
      name: 'topics',
      title: 'Topics',
      type: 'array',
      group: 'meta',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'topic' }] })],
      validation: (rule) => rule.required().min(1).unique(),
    }),
    defineField({
      name: 'related',
      title: 'Related articles',
      type: 'array',
      group: 'meta',
      description: 'Chosen by the editor; when empty the site picks related articles itself.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'article' }] })],
      validation: (rule) =>
        rule
          .unique()
          .max(4)
          .custom((related, context) => checkNoSelfReference(related as { _ref?: string }[] | undefined, context.document?._id)),
    }),
    defineField({
      name: 'corrections',
      title: 'Corrections',
      type: 'array',
      group: 'meta',
      of: [defineArrayMember({ type: 'correction' })],
    }),
    defineField({ name: 'seo', title: 'Search and sharing', type: 'seo', group: 'seo' }),
  ],
  orderings: [
    { title: 'Published, newest first', name: 'publishedAtDesc', by: [{ field: 'publishedAt', direction: 'desc' }] },
    { title: 'Published, oldest first', name: 'publishedAtAsc', by: [{ field: 'publishedAt', direction: 'asc' }] },
    { title: 'Headline A–Z', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] },
  ],
  preview: {
    select: {
      title: 'title',
      author0: 'authors.0.name',
      author1: 'authors.1.name',
      author2: 'authors.2.name',
      publishedAt: 'publishedAt',
      media: 'mainImage',
    },
    prepare: ({ title, author0, author1, author2, publishedAt, media }) => {
      const names = [author0, author1].filter(Boolean).join(' and ') + (author2 ? ' et al.' : '')
      const date = publishedAt ? new Date(publishedAt).toISOString().slice(0, 10) : 'not dated'
      return { title: title || 'Untitled article', subtitle: [names, date].filter(Boolean).join(' · '), media }
    },
  },
})
