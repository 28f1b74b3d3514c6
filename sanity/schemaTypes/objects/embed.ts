import { PlayIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { checkEmbedUrl, EMBED_SERVICES } from '../rules'

const SERVICE_TITLES: Record<(typeof EMBED_SERVICES)[number], string> = {
  youtube: 'YouTube',
  vimeo: 'Vimeo',
  x: 'X (Twitter)',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
}

/** Third-party content; the site loads it only after consent for the service named by `service` (a consent service key). */
export const embedType = defineType({
  name: 'embed',
  title: 'Embed',
  type: 'object',
  icon: PlayIcon,
  fields: [
    defineField({
      name: 'service',
      title: 'Service',
      type: 'string',
      options: { list: EMBED_SERVICES.map((value) => ({ value, title: SERVICE_TITLES[value] })), layout: 'radio' },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'url',
      title: 'URL',
      type: 'url',
      validation: (rule) =>
        rule
          .required()
          .uri({ scheme: ['https'] })
          .custom((url, context) => checkEmbedUrl(url, (context.parent as { service?: string } | undefined)?.service)),
    }),
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'Names the embedded item for screen readers and the consent placeholder.',
      validation: (rule) => rule.required().max(140),
    }),
    defineField({ name: 'caption', title: 'Caption', type: 'string', validation: (rule) => rule.max(300) }),
  ],
  preview: {
    select: { title: 'title', service: 'service', url: 'url' },
    prepare: ({ title, service, url }) => ({
      title: title || 'Embed',
      subtitle: [SERVICE_TITLES[service as keyof typeof SERVICE_TITLES] ?? service, url].filter(Boolean).join(' · '),
    }),
  },
})
