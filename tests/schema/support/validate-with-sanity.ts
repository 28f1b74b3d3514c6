/**
 * Validates documents with Sanity's own `validateDocument` against the project's compiled schema.
 * Runs under tsx in a child process because `sanity` is ESM-only and browser-oriented, which jest cannot load.
 *
 * stdin: JSON `{ documents: SanityDocument[], dataset?: SanityDocument[] }`. `dataset` (default: `documents`)
 * answers the validators' GROQ queries (slug uniqueness) and reference existence checks.
 * stdout: JSON `{ schemaProblems: {path, messages}[], results: {id, markers: {level, path, message}[]}[] }`.
 */
import { evaluate, parse } from 'groq-js'
import { createSchema, validateDocument, type SanityDocument, type Workspace } from 'sanity'
import { schemaTypes } from '../../../sanity/schemaTypes/schemaTypes'

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
      environment: 'cli',
      getDocumentExists: async ({ id }) => ids.has(id) || id.startsWith('image-'),
    })
    results.push({
      id: document._id,
      markers: markers.map((m) => ({ level: m.level, path: JSON.stringify(m.path), message: m.message })),
    })
  }
  process.stdout.write(JSON.stringify({ schemaProblems, results }))
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
