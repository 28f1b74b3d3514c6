import { randomUUID } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import { evaluateSync, parse, toJS, type ExprNode } from 'groq-js'
import type { LakeDocument } from './engine/query-engine'
import type { CommittedTransaction, Lake } from './lake'

export type ListenOptions = {
  includeResult: boolean
  includePreviousRevision: boolean
  includeMutations: boolean
  includeAllVersions: boolean
  mendozaEffects: boolean
}

type Listener = {
  dataset: string
  filter: ExprNode
  params: Record<string, unknown>
  options: ListenOptions
  res: ServerResponse
  keepAlive: NodeJS.Timeout
}

/** Server-sent events for `/data/listen`: one `mutation` event per matching document per transaction. */
export class ListenHub {
  private readonly listeners = new Set<Listener>()
  private readonly unsubscribe: () => void

  constructor(
    private readonly lake: Lake,
    private readonly keepAliveMs: number,
  ) {
    this.unsubscribe = lake.onCommit((tx) => this.publish(tx))
  }

  /** Starts the stream. A filter that does not parse is reported as `channelError`, as Sanity does. */
  open(res: ServerResponse, dataset: string, query: string, params: Record<string, unknown>, options: ListenOptions): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      // HTTP/2 (the Studio server) forbids connection headers.
      ...(res.req?.httpVersionMajor === 2 ? {} : { Connection: 'keep-alive' }),
      'X-Accel-Buffering': 'no',
    })
    let filter: ExprNode
    try {
      filter = parse(query, { params })
    } catch (error) {
      this.write(res, 'channelError', { message: `Invalid listen query: ${(error as Error).message}` })
      res.end()
      return
    }
    const listener: Listener = {
      dataset,
      filter,
      params,
      options,
      res,
      keepAlive: setInterval(() => {
        if (!res.writableEnded && !res.destroyed) res.write(': keep-alive\n\n')
      }, this.keepAliveMs),
    }
    this.listeners.add(listener)
    res.on('close', () => this.remove(listener))
    res.on('error', () => this.remove(listener))
    this.write(res, 'welcome', { listenerName: `lake-${randomUUID()}` })
  }

  private remove(listener: Listener): void {
    clearInterval(listener.keepAlive)
    this.listeners.delete(listener)
  }

  private write(res: ServerResponse, event: string, data: unknown, id?: string): void {
    if (res.writableEnded || res.destroyed) return
    res.write(`${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
  }

  private matches(listener: Listener, doc: LakeDocument | null): boolean {
    if (!doc) return false
    if (!listener.options.includeAllVersions && doc._id.startsWith('versions.')) return false
    const documents = this.lake.dataset(listener.dataset).documents
    try {
      const result = toJS(
        evaluateSync(listener.filter, {
          dataset: [doc],
          params: listener.params,
          dereference: ({ _ref }) => documents.get(_ref),
        }),
      )
      return Array.isArray(result) ? result.length > 0 : result !== null && result !== undefined && result !== false
    } catch {
      return false
    }
  }

  private publish(tx: CommittedTransaction): void {
    for (const listener of this.listeners) {
      if (listener.dataset !== tx.dataset) continue
      const events = tx.touched.flatMap((t) => {
        const before = this.matches(listener, t.before)
        const after = this.matches(listener, t.after)
        if (!before && !after) return []
        const transition = before && after ? 'update' : after ? 'appear' : 'disappear'
        return [{ touched: t, transition }]
      })
      events.forEach(({ touched: t, transition }, index) => {
        const eventId = `${tx.transactionId}#${t.id}`
        const { options } = listener
        this.write(
          listener.res,
          'mutation',
          {
            eventId,
            documentId: t.id,
            transactionId: tx.transactionId,
            transition,
            identity: tx.identity,
            ...(options.includeMutations ? { mutations: t.mutations } : {}),
            previousRev: t.before?._rev,
            resultRev: t.after?._rev ?? tx.transactionId,
            timestamp: tx.timestamp,
            visibility: 'query',
            transactionTotalEvents: events.length,
            transactionCurrentEvent: index + 1,
            ...(options.includeResult && t.after ? { result: t.after } : {}),
            ...(options.includePreviousRevision && t.before ? { previous: t.before } : {}),
            // A mendoza patch that replaces the whole value: apply gives the new document, revert the old.
            ...(options.mendozaEffects ? { effects: { apply: [0, t.after], revert: [0, t.before] } } : {}),
          },
          eventId,
        )
      })
    }
  }

  /** Ends every open stream (the server is closing). */
  close(): void {
    this.unsubscribe()
    for (const listener of [...this.listeners]) {
      this.remove(listener)
      listener.res.end()
    }
  }
}
