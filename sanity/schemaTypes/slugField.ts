import { defineField } from 'sanity'
import { checkSlugFormat, slugify } from './rules'
import { isSlugUniqueForType } from './slugUniqueness'

/** The URL slug every routable document has: generated from `source`, unique within its type, URL-safe. */
export function slugField({ source, group }: { source: string; group?: string }) {
  return defineField({
    name: 'slug',
    title: 'Slug',
    type: 'slug',
    ...(group ? { group } : {}),
    options: { source, maxLength: 96, slugify, isUnique: isSlugUniqueForType },
    validation: (rule) => rule.required().custom((slug) => checkSlugFormat(slug)),
  })
}
