import { visionTool } from '@sanity/vision'
import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'
import { schemaTypes } from './sanity/schemaTypes/schemaTypes'
import { resolvePreviewUrl } from './sanity/studio/preview'
import { singletonDocumentActions, withoutSingletonTemplates } from './sanity/studio/singletons'
import { structure } from './sanity/studio/structure'
import { studioSourceFromEnv } from './sanity/studio/studioSource'

const source = studioSourceFromEnv()

export default defineConfig({
  name: 'default',
  title: 'The Meridian Review',
  projectId: source.projectId,
  dataset: source.dataset,
  ...(source.apiHost ? { apiHost: source.apiHost } : {}),
  plugins: [structureTool({ structure }), visionTool({ defaultApiVersion: '2025-02-19' })],
  schema: {
    types: schemaTypes,
    templates: (templates) => withoutSingletonTemplates(templates),
  },
  document: {
    actions: (actions, context) => singletonDocumentActions(actions, context.schemaType),
    newDocumentOptions: (items) => withoutSingletonTemplates(items),
    // "Open preview" in the document menu: the site in draft mode (sanity/studio/preview.ts).
    productionUrl: resolvePreviewUrl,
    ...(source.local ? { comments: { enabled: false } } : {}),
  },
  // The local lake has no tasks, releases, scheduling or hosted announcements: hide them rather than show errors.
  ...(source.local
    ? {
        tasks: { enabled: false },
        releases: { enabled: false },
        scheduledPublishing: { enabled: false },
        scheduledDrafts: { enabled: false },
        announcements: { enabled: false },
      }
    : {}),
})
