import { evaluateSync, GroqSyntaxError, parse, toJS } from 'groq-js'

/**
 * Placeholder with the interface of `engine/query-engine.ts` (being written by another engineer):
 * evaluates every query against the whole perspective, with a cache per revision.
 */
export type Perspective = 'raw' | 'published' | 'drafts'
export type LakeDocument = {
  _id: string
  _type: string
  _rev?: string
  _createdAt?: string
  _updatedAt?: string
  [key: string]: unknown
}

export class GroqQueryError extends Error {
  constructor(
    readonly type: 'queryParseError' | 'queryExecutionError',
    readonly description: string,
    readonly query: string,
    readonly start?: number,
    readonly end?: number,
  ) {
    super(description)
  }
}

export class QueryEngine {
  private readonly byId = new Map<string, LakeDocument>()
  private views = new Map<Perspective, { docs: LakeDocument[]; byId: Map<string, LakeDocument> }>()
  private cache = new Map<string, unknown>()
  revision = 0

  constructor(documents: Iterable<LakeDocument>) {
    for (const doc of documents) this.byId.set(doc._id, doc)
  }

  applyChanges(changes: Array<{ id: string; document: LakeDocument | null }>): void {
    for (const { id, document } of changes) {
      if (document) this.byId.set(id, document)
      else this.byId.delete(id)
    }
    this.views.clear()
    this.cache.clear()
    this.revision++
  }

  getDocument(id: string): LakeDocument | undefined {
    return this.byId.get(id)
  }

  query(
    query: string,
    params: Record<string, unknown>,
    perspective: Perspective,
    options: { identity?: string; now?: string } = {},
  ): unknown {
    const key = JSON.stringify([query, params, perspective, options.identity, options.now])
    if (this.cache.has(key)) return this.cache.get(key)
    let tree
    try {
      tree = parse(query, { params })
    } catch (error) {
      if (error instanceof GroqSyntaxError) {
        throw new GroqQueryError('queryParseError', error.message, query, error.position, error.position + 1)
      }
      throw new GroqQueryError('queryParseError', (error as Error).message, query, 0, query.length)
    }
    const view = this.view(perspective)
    let result: unknown
    try {
      result = toJS(
        evaluateSync(tree, {
        dataset: view.docs,
        params,
        identity: options.identity,
        timestamp: options.now ? new Date(options.now) : undefined,
        dereference: ({ _ref }) => view.byId.get(_ref),
      }),
      )
    } catch (error) {
      throw new GroqQueryError('queryExecutionError', (error as Error).message, query)
    }
    this.cache.set(key, result)
    return result
  }

  private view(perspective: Perspective) {
    let view = this.views.get(perspective)
    if (view) return view
    const byId = new Map<string, LakeDocument>()
    for (const [id, doc] of this.byId) {
      if (perspective === 'raw') byId.set(id, doc)
      else if (!id.startsWith('drafts.') && !id.startsWith('versions.')) {
        if (perspective === 'published' || !byId.has(id)) byId.set(id, doc)
      } else if (perspective === 'drafts' && id.startsWith('drafts.')) {
        const publishedId = id.slice('drafts.'.length)
        byId.set(publishedId, { ...doc, _id: publishedId, _originalId: id })
      }
    }
    view = { docs: [...byId.values()], byId }
    this.views.set(perspective, view)
    return view
  }
}
