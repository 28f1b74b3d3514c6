import { type LakeDocument, QueryEngine } from './engine/query-engine'
import { httpError, LakeHttpError } from './http'
import { LakeStore } from './store'
import { type TouchedDocument } from './transactions'

export const DEFAULT_DATASET = 'production'
/** Who the local lake says made every change (no accounts locally). */
export const LAKE_IDENTITY = 'p-local-editor'
export const DATASET_NAME_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/

export type CommittedTransaction = {
  dataset: string
  transactionId: string
  timestamp: string
  identity: string
  touched: TouchedDocument[]
}

type DatasetState = { engine: QueryEngine; documents: Map<string, LakeDocument> }

/**
 * The lake's state: the durable store plus, per dataset, the documents in memory and a query
 * engine over them. Every write goes through `commit`, which returns only after SQLite committed.
 */
export class Lake {
  readonly store: LakeStore
  private readonly states = new Map<string, DatasetState>()
  private readonly commitListeners = new Set<(tx: CommittedTransaction) => void>()

  constructor(dataDir: string) {
    this.store = new LakeStore(dataDir)
    for (const name of this.store.datasets()) this.load(name)
  }

  private load(name: string): DatasetState {
    const documents = new Map<string, LakeDocument>()
    for (const doc of this.store.documents(name)) documents.set(doc._id, doc)
    const state = { engine: new QueryEngine(documents.values()), documents }
    this.states.set(name, state)
    return state
  }

  datasetNames(): string[] {
    return [...this.states.keys()].sort()
  }

  hasDataset(name: string): boolean {
    return this.states.has(name)
  }

  ensureDataset(name: string): void {
    if (!DATASET_NAME_PATTERN.test(name)) throw new Error(`Invalid dataset name "${name}"`)
    if (this.states.has(name)) return
    this.store.createDataset(name)
    this.load(name)
  }

  /** The dataset's state, or the 404 Sanity answers for an unknown dataset. */
  dataset(name: string): DatasetState {
    const state = this.states.get(name)
    if (!state) throw httpError(404, `Dataset "${name}" not found`)
    return state
  }

  onCommit(listener: (tx: CommittedTransaction) => void): () => void {
    this.commitListeners.add(listener)
    return () => this.commitListeners.delete(listener)
  }

  readState(dataset: string) {
    const state = this.dataset(dataset)
    return {
      get: (id: string) => state.documents.get(id),
      queryIds: (query: string, params: Record<string, unknown>) => {
        const result = state.engine.query(query, params, 'raw')
        const items = Array.isArray(result) ? result : [result]
        return items
          .map((item) => (typeof item === 'object' && item !== null ? (item as { _id?: unknown })._id : undefined))
          .filter((id): id is string => typeof id === 'string')
      },
    }
  }

  /**
   * Writes one transaction: one SQLite transaction (all or nothing, on disk before this returns),
   * then the in-memory state, then the listeners.
   */
  commit(dataset: string, transactionId: string, timestamp: string, touched: TouchedDocument[]): void {
    const state = this.dataset(dataset)
    if (touched.length === 0) return
    if (this.store.hasTransaction(dataset, transactionId)) {
      throw new LakeHttpError(409, {
        error: { type: 'conflict', description: `Transaction "${transactionId}" has already been committed` },
      })
    }
    this.store.commit({
      dataset,
      transactionId,
      timestamp,
      identity: LAKE_IDENTITY,
      changes: touched.map((t) => ({ id: t.id, previousRev: t.before?._rev, document: t.after })),
    })
    for (const t of touched) {
      if (t.after) state.documents.set(t.id, t.after)
      else state.documents.delete(t.id)
    }
    state.engine.applyChanges(touched.map((t) => ({ id: t.id, document: t.after })))
    const tx = { dataset, transactionId, timestamp, identity: LAKE_IDENTITY, touched }
    for (const listener of this.commitListeners) {
      try {
        listener(tx)
      } catch (error) {
        console.error('[lake] listener failed:', error)
      }
    }
  }

  close(): void {
    this.commitListeners.clear()
    this.store.close()
  }
}
