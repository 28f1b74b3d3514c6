/**
 * Validates documents with Sanity's own `validateDocument` against the project's compiled schema.
 * Runs under tsx in a child process because `sanity` is ESM-only and browser-oriented, which jest cannot load.
 *
 * stdin: JSON `{ documents: SanityDocument[], dataset?: SanityDocument[] }`. `dataset` (default: `documents`)
 * answers the validators' GROQ queries (slug uniqueness) and reference existence checks.
 * stdout: JSON `{ schemaProblems, referenceTargets, orderings, articlePreview, results: {id, markers}[] }`.
 */
import { evaluate, parse } from 'groq-js'
import { createSchema, validateDocument, type SanityDocument, type Workspace } from 'sanity'
import { schemaTypes } from '../../../sanity/schemaTypes/schemaTypes'

type SchemaNode = { name: string; jsonType?: string; of?: SchemaNode[]; to?: { name: string }[] }
type Input = { documents: SanityDocument[]; dataset?: SanityDocument[] }

/** The seed stores images as `_sanityAsset` file pointers; validation wants the asset reference the importer creates. */
function withUploadedAssets<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withUploadedAssets) as T
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) {
      if (k === '_sanityAsset' && typeof v === 'string') {
        const name = v.replace(/^.*\//, '').replace(/\W/g, '')
        out.asset = { _type: 'reference', _ref: `image-${name}-1200x675-png` }
      } else out[k] = withUploadedAssets(v)
    }
    return out as T
  }
  return value
}

async function main() {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  const input = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Input
  const documents = input.documents.map(withUploadedAssets)
  const dataset = (input.dataset ?? input.documents).map(withUploadedAssets)
  const ids = new Set(dataset.map((d) => d._id))

  const schema = createSchema({ name: 'default', types: schemaTypes })
  const schemaProblems = (schema._validation ?? [])
    .map((group) => ({
      path: group.path.map((p) => p.name).join('.'),
      messages: group.problems.filter((p) => p.severity === 'error').map((p) => p.message),
    }))
    .filter((g) => g.messages.length > 0)

  // Which document types each reference field may point to, e.g. {"article.authors": ["author"]}.
  const referenceTargets: Record<string, string[]> = {}
  for (const typeName of schema.getTypeNames()) {
    const type = schema.get(typeName) as { fields?: { name: string; type: SchemaNode }[] } | undefined
    for (const field of type?.fields ?? []) {
      const members = field.type.jsonType === 'array' ? (field.type.of ?? []) : [field.type]
      for (const member of members) {
        if (Array.isArray(member.to)) referenceTargets[`${typeName}.${field.name}`] = member.to.map((t) => t.name)
      }
    }
  }
  const articleType = schema.get('article') as unknown as {
    orderings?: { name: string }[]
    preview?: { prepare?: (value: Record<string, unknown>) => unknown }
  }
  const orderings = (articleType.orderings ?? []).map((o) => o.name)
  const articlePreview = articleType.preview?.prepare?.({
    title: 'Headline',
    author0: 'Ada One',
    author1: 'Ben Two',
    publishedAt: '2026-11-27T07:30:00Z',
    media: { asset: { _ref: 'image-x' } },
  })

  const client = {
    withConfig: () => client,
    fetch: async (query: string, params: Record<string, unknown>) => {
      const result = await evaluate(parse(query, { params }), { dataset, params })
      return result.get()
    },
  }
  const workspace = { schema, getClient: () => client } as unknown as Workspace

  const results = []
  for (const document of documents) {
    const markers = await validateDocument({
      document,
      workspace,
      environment: 'studio',
      getDocumentExists: async ({ id }) => ids.has(id) || id.startsWith('image-'),
    })
    results.push({
      id: document._id,
      markers: markers.map((m) => ({ level: m.level, path: JSON.stringify(m.path), message: m.message })),
    })
  }
  process.stdout.write(JSON.stringify({ schemaProblems, referenceTargets, orderings, articlePreview, results }))
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
