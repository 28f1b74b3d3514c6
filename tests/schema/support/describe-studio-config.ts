/**
 * Loads sanity.config.ts as the Sanity CLI would (under tsx, in a child process: `sanity` is ESM-only)
 * and prints the parts the tests check as JSON.
 */
import config from '../../../sanity.config'

type Action = { action: string }
type AnyConfig = {
  name: string
  projectId: string
  dataset: string
  apiHost?: string
  plugins?: { name: string }[]
  schema: { types: { name: string }[]; templates: (templates: { schemaType: string }[], context: unknown) => { schemaType: string }[] }
  document: {
    actions: (actions: Action[], context: { schemaType: string }) => Action[]
    newDocumentOptions: (items: { templateId: string }[], context: unknown) => { templateId: string }[]
  }
}

const studio = config as unknown as AnyConfig
const actions = ['publish', 'unpublish', 'discardChanges', 'duplicate', 'delete', 'restore'].map((action) => ({ action }))
const types = ['article', 'author', 'topic', 'page', 'siteSettings', 'consentSettings']

process.stdout.write(
  JSON.stringify({
    name: studio.name,
    projectId: studio.projectId,
    dataset: studio.dataset,
    apiHost: studio.apiHost ?? null,
    plugins: (studio.plugins ?? []).map((p) => p.name),
    schemaTypes: studio.schema.types.map((t) => t.name),
    templates: studio.schema.templates(types.map((schemaType) => ({ schemaType })), {}).map((t) => t.schemaType),
    newDocumentOptions: studio.document.newDocumentOptions(types.map((templateId) => ({ templateId })), {}).map((t) => t.templateId),
    actions: Object.fromEntries(types.map((schemaType) => [schemaType, studio.document.actions(actions, { schemaType }).map((a) => a.action)])),
  }),
)
