// The lake's GROQ engine: groq-js over perspective views kept up to date per transaction, a query planner
// (planner.ts) that narrows `*` through indexes, and a bounded result cache keyed by revision.
import { evaluateSync, type ExprNode, GroqSyntaxError, parse, toJS } from 'groq-js'
import { DocumentIndex, type LakeDocument } from './document-index'
import { Planner, walk } from './planner'

export type { LakeDocument } from './document-index'
export type Perspective = 'raw' | 'published' | 'drafts'

export class GroqQueryError extends Error {
  override readonly name = 'GroqQueryError'
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

export type QueryEngineOptions = {
  /** false evaluates every query by brute force (for comparison and tests). */
  planner?: boolean
  /** Cached query results kept (least recently used dropped first). */
  cacheSize?: number
}

type ParsedQuery = { tree: ExprNode; params: Set<string>; usesNow: boolean }
/** A result, and its JSON text once someone asked for it (so a cache hit need not serialise again). */
type CachedResult = { value: unknown; json?: string }

const DRAFTS = 'drafts.'
const VERSIONS = 'versions.'

/** A small LRU over Map insertion order. */
class LruCache<V> {
  private readonly map = new Map<string, V>()
  constructor(private readonly limit: number) {}
  get(key: string): V | undefined {
    const value = this.map.get(key)
    if (value !== undefined) {
      this.map.delete(key)
      this.map.set(key, value)
    }
    return value
  }
  set(key: string, value: V): void {
    this.map.delete(key)
    this.map.set(key, value)
    if (this.map.size > this.limit) this.map.delete(this.map.keys().next().value!)
  }
  clear(): void {
    this.map.clear()
  }
}

function describe(tree: ExprNode): ParsedQuery {
  const params = new Set<string>()
  let usesNow = false
  walk(tree, (node) => {
    if (node.type === 'Parameter') params.add(node.name)
    else if (node.type === 'FuncCall' && node.name === 'now') usesNow = true
  })
  return { tree, params, usesNow }
}

function parseError(error: unknown, query: string): GroqQueryError {
  if (error instanceof GroqSyntaxError) {
    return new GroqQueryError('queryParseError', error.message, query, error.position, error.position + 1)
  }
  const message = error instanceof Error ? error.message : String(error)
  return new GroqQueryError('queryParseError', message, query)
}

export class QueryEngine {
  private readonly documents = new Map<string, LakeDocument>()
  private readonly views = new Map<Perspective, DocumentIndex>()
  private readonly results: LruCache<CachedResult>
  private readonly parsed = new LruCache<ParsedQuery>(500)
  private readonly usePlanner: boolean
  private currentRevision = 0

  constructor(documents: Iterable<LakeDocument>, options: QueryEngineOptions = {}) {
    for (const doc of documents) this.documents.set(doc._id, doc)
    this.usePlanner = options.planner ?? true
    this.results = new LruCache(options.cacheSize ?? 1000)
  }

  get revision(): number {
    return this.currentRevision
  }

  getDocument(id: string): LakeDocument | undefined {
    return this.documents.get(id)
  }

  /** One committed transaction: `document: null` deletes. Documents are treated as immutable from here on. */
  applyChanges(changes: Array<{ id: string; document: LakeDocument | null }>): void {
    for (const { id, document } of changes) {
      if (document) this.documents.set(id, document)
      else this.documents.delete(id)
    }
    for (const [perspective, view] of this.views) {
      const touched = new Set<string>()
      for (const { id } of changes) {
        const viewId = this.viewIdOf(perspective, id)
        if (viewId !== null) touched.add(viewId)
      }
      for (const viewId of touched) view.set(viewId, this.viewDocument(perspective, viewId))
    }
    this.currentRevision++
    this.results.clear()
  }

  /** The id a stored document appears under in a perspective, or null when it does not appear there. */
  private viewIdOf(perspective: Perspective, id: string): string | null {
    if (perspective === 'raw') return id
    if (id.startsWith(VERSIONS)) return null
    if (id.startsWith(DRAFTS)) return perspective === 'drafts' ? id.slice(DRAFTS.length) : null
    return id
  }

  private viewDocument(perspective: Perspective, viewId: string): LakeDocument | null {
    if (perspective !== 'drafts') return this.documents.get(viewId) ?? null
    const draft = this.documents.get(DRAFTS + viewId)
    if (draft) return { ...draft, _id: viewId, _originalId: draft._id }
    return this.documents.get(viewId) ?? null
  }

  private view(perspective: Perspective): DocumentIndex {
    let view = this.views.get(perspective)
    if (!view) {
      const docs: LakeDocument[] = []
      const seen = new Set<string>()
      for (const id of this.documents.keys()) {
        const viewId = this.viewIdOf(perspective, id)
        if (viewId === null || seen.has(viewId)) continue
        seen.add(viewId)
        const doc = this.viewDocument(perspective, viewId)
        if (doc) docs.push(doc)
      }
      view = new DocumentIndex(docs)
      this.views.set(perspective, view)
    }
    return view
  }

  private parse(query: string, params: Record<string, unknown>): ParsedQuery {
    const cached = this.parsed.get(query)
    if (cached) return cached
    let tree: ExprNode
    try {
      tree = parse(query)
    } catch (error) {
      // Slice bounds must be constants: `[0...$n]` only parses with the parameters substituted.
      try {
        return describe(parse(query, { params }))
      } catch {
        throw parseError(error, query)
      }
    }
    const result = describe(tree)
    this.parsed.set(query, result)
    return result
  }

  query(
    query: string,
    params: Record<string, unknown>,
    perspective: Perspective,
    options: { identity?: string; now?: string } = {},
  ): unknown {
    return this.run(query, params, perspective, options).value
  }

  /**
   * The result as JSON text (`null` for no result), serialised once per cached result: a server can splice it
   * into its response body and a cache hit then costs a key lookup.
   */
  queryJson(
    query: string,
    params: Record<string, unknown>,
    perspective: Perspective,
    options: { identity?: string; now?: string } = {},
  ): string {
    const entry = this.run(query, params, perspective, options)
    entry.json ??= JSON.stringify(entry.value ?? null)
    return entry.json
  }

  private run(
    query: string,
    params: Record<string, unknown>,
    perspective: Perspective,
    options: { identity?: string; now?: string },
  ): CachedResult {
    const key = `${perspective}\n${options.identity ?? ''}\n${options.now ?? ''}\n${JSON.stringify(params)}\n${query}`
    const hit = this.results.get(key)
    if (hit) return hit
    const parsed = this.parse(query, params)
    for (const name of parsed.params) {
      if (!Object.prototype.hasOwnProperty.call(params, name) || params[name] === undefined) {
        const at = query.indexOf(`$${name}`)
        throw new GroqQueryError(
          'queryParseError',
          `param $${name} referenced, but not provided`,
          query,
          at >= 0 ? at : undefined,
          at >= 0 ? at + name.length + 1 : undefined,
        )
      }
    }

    const view = this.view(perspective)
    const timestamp = options.now ? new Date(options.now) : new Date()
    if (Number.isNaN(timestamp.getTime())) {
      throw new GroqQueryError('queryExecutionError', `invalid "now" timestamp: ${options.now}`, query)
    }
    const evaluateOptions = {
      dataset: view.all,
      params,
      identity: options.identity,
      timestamp,
      dereference: ({ _ref }: { _ref: string }) => view.get(_ref) ?? null,
    }
    let value: unknown
    try {
      let tree = parsed.tree
      if (this.usePlanner) {
        const planner = new Planner({
          index: view,
          params,
          evaluate: (node) => evaluateSync(node, evaluateOptions).data,
        })
        tree = planner.plan(tree)
      }
      value = toJS(evaluateSync(tree, evaluateOptions))
    } catch (error) {
      if (error instanceof GroqQueryError) throw error
      const message = error instanceof Error ? error.message : String(error)
      throw new GroqQueryError('queryExecutionError', message, query)
    }
    const entry: CachedResult = { value }
    if (!parsed.usesNow || options.now) this.results.set(key, entry)
    return entry
  }
}
