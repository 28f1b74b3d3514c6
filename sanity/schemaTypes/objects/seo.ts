import { defineField, defineType } from 'sanity'
import { checkHttpsUrl } from '../rules'

export const seoType = defineType({
  name: 'seo',
  title: 'Search and sharing',
  type: 'object',
  options: { collapsible: true, collapsed: true },
  fields: [
    defineField({
      name: 'title',
      title: 'Title for search results',
      type: 'string',
      description: 'Defaults to the headline.',
      validation: (rule) => rule.max(70),
    }),
    defineField({
      name: 'description',
      title: 'Description for search results',
      type: 'text',
      rows: 3,
      description: 'Defaults to the standfirst.',
      validation: (rule) => rule.max(160),
    }),
    defineField({
      name: 'canonicalUrl',
      title: 'Canonical URL',
      type: 'url',
      description: 'Only when the article first appeared elsewhere.',
      validation: (rule) => rule.uri({ scheme: ['https'] }).custom((url) => checkHttpsUrl(url)),
    }),
    defineField({ name: 'noindex', title: 'Hide from search engines', type: 'boolean', initialValue: false }),
  ],
})
