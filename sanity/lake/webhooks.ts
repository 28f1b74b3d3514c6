import { randomUUID } from 'node:crypto'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { evaluateSync, parse, toJS, type ExprNode } from 'groq-js'
import type { WebhookDefinition, WebhookTrigger } from '../webhooks'
import type { LakeDocument } from './engine/query-engine'
import type { CommittedTransaction } from './lake'

/**
 * Sends GROQ-powered webhooks after commits, as hosted Sanity does: one POST per matching document per
 * transaction, body = the projection evaluated in delta mode (`before()`, `after()`), signed with the webhook's
 * secret. Payloads are computed synchronously at commit time (so later commits cannot change them); delivery is
 * asynchronous, retried with backoff on network errors, 429 and 5xx, and never blocks or fails the transaction.
 */
export type WebhookDelivery = { webhook: string; documentId: string; status: number | 'error'; attempt: number }

export type WebhookSenderOptions = {
  fetch?: typeof fetch
  /** Attempts per delivery (first try included). */
  attempts?: number
  /** Delay before the first retry; doubled for each further retry. */
  backoffMs?: number
  timeoutMs?: number
  projectId?: string
  log?: (message: string) => void
  /** Called after each attempt (tests, logs). */
  onAttempt?: (delivery: WebhookDelivery) => void
}

type CommitSource = {
  onCommit(listener: (tx: CommittedTransaction) => void): () => void
  dataset(name: string): { documents: Map<string, LakeDocument> }
}

type CompiledHook = { definition: WebhookDefinition; filter: ExprNode | null; projection: ExprNode | null }

export type WebhookSender = {
  /** Resolves when every queued delivery has finished (delivered, refused or out of attempts). */
  idle(): Promise<void>
  /** Stops listening and abandons pending retries. */
  close(): void
}

function compile(definition: WebhookDefinition): CompiledHook {
  const filter = definition.filter.trim()
  const projection = definition.projection.trim()
  try {
    return {
      definition,
      filter: filter ? parse(filter, { mode: 'delta' }) : null,
      projection: projection ? parse(projection, { mode: 'delta' }) : null,
    }
  } catch (error) {
    throw new Error(`Webhook "${definition.name}": invalid GROQ: ${(error as Error).message}`)
  }
}

function truthy(value: unknown): boolean {
  return value === true
}

function triggerOf(before: LakeDocument | null, after: LakeDocument | null): WebhookTrigger {
  if (!before) return 'create'
  if (!after) return 'delete'
  return 'update'
}

function isDraftOrVersion(id: string): boolean {
  return id.startsWith('drafts.') || id.startsWith('versions.')
}

export function startWebhookSender(
  source: CommitSource,
  definitions: WebhookDefinition[],
  options: WebhookSenderOptions = {},
): WebhookSender {
  const hooks = definitions.map(compile)
  const send = options.fetch ?? fetch
  const attempts = Math.max(1, options.attempts ?? 4)
  const backoffMs = options.backoffMs ?? 500
  const timeoutMs = options.timeoutMs ?? 10_000
  const log = options.log ?? ((message: string) => console.warn(`[lake] ${message}`))
  const pending = new Set<Promise<void>>()
  const timers = new Set<NodeJS.Timeout>()
  const controller = new AbortController()
  let closed = false

  function wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer)
        resolve()
      }, ms)
      timers.add(timer)
      controller.signal.addEventListener('abort', () => {
        clearTimeout(timer)
        timers.delete(timer)
        resolve()
      })
    })
  }

  async function deliver(hook: WebhookDefinition, tx: CommittedTransaction, documentId: string, body: string) {
    const idempotencyKey = `${tx.transactionId}#${documentId}#${randomUUID()}`
    for (let attempt = 1; attempt <= attempts && !closed; attempt++) {
      let status: number | 'error' = 'error'
      try {
        const headers: Record<string, string> = {
          'content-type': 'application/json',
          'idempotency-key': idempotencyKey,
          'sanity-transaction-id': tx.transactionId,
          'sanity-transaction-time': tx.timestamp,
          'sanity-dataset': tx.dataset,
          'sanity-document-id': documentId,
          'sanity-project-id': options.projectId ?? 'local',
          'sanity-webhook-id': hook.name,
        }
        // Signed per attempt: the signature carries its own timestamp.
        if (hook.secret) headers[SIGNATURE_HEADER_NAME] = await encodeSignatureHeader(body, Date.now(), hook.secret)
        const res = await send(hook.url, {
          method: 'POST',
          headers,
          body,
          signal: AbortSignal.any([controller.signal, AbortSignal.timeout(timeoutMs)]),
        })
        status = res.status
        await res.arrayBuffer().catch(() => undefined)
      } catch {
        status = 'error'
      }
      options.onAttempt?.({ webhook: hook.name, documentId, status, attempt })
      if (typeof status === 'number' && status < 300) return
      const retryable = status === 'error' || status === 429 || status >= 500
      if (!retryable || attempt === attempts || closed) {
        log(`webhook "${hook.name}" for ${documentId} in ${tx.transactionId} failed (${status}) after ${attempt} attempt(s)`)
        return
      }
      await wait(backoffMs * 2 ** (attempt - 1))
    }
  }

  function payloadsFor(tx: CommittedTransaction): { hook: WebhookDefinition; documentId: string; body: string }[] {
    const out: { hook: WebhookDefinition; documentId: string; body: string }[] = []
    const documents = source.dataset(tx.dataset).documents
    let dataset: LakeDocument[] | undefined
    for (const touched of tx.touched) {
      const trigger = triggerOf(touched.before, touched.after)
      for (const { definition, filter, projection } of hooks) {
        if (definition.dataset !== tx.dataset || !definition.on.includes(trigger)) continue
        if (isDraftOrVersion(touched.id) && !definition.includeDrafts) continue
        const options = {
          before: touched.before,
          after: touched.after,
          params: {},
          identity: tx.identity,
          timestamp: new Date(tx.timestamp),
          dereference: ({ _ref }: { _ref: string }) => documents.get(_ref),
        }
        try {
          // The filter runs on the document as it is now, or as it was for a delete; an update that moves a
          // document out of the filter still notifies, so caches of the old state are cleared.
          const matches = (doc: LakeDocument | null) =>
            doc !== null && (!filter || truthy(toJS(evaluateSync(filter, { ...options, root: doc, dataset: [doc] }))))
          if (!matches(touched.after) && !matches(touched.before)) continue
          const root = touched.after ?? touched.before
          dataset ??= [...documents.values()]
          const value = projection ? toJS(evaluateSync(projection, { ...options, root, dataset })) : root
          out.push({ hook: definition, documentId: touched.id, body: JSON.stringify(value ?? null) })
        } catch (error) {
          log(`webhook "${definition.name}" for ${touched.id}: GROQ failed: ${(error as Error).message}`)
        }
      }
    }
    return out
  }

  const unsubscribe = source.onCommit((tx) => {
    if (closed) return
    for (const { hook, documentId, body } of payloadsFor(tx)) {
      const delivery = deliver(hook, tx, documentId, body).catch((error: unknown) => log(`webhook failed: ${String(error)}`))
      pending.add(delivery)
      void delivery.finally(() => pending.delete(delivery))
    }
  })

  return {
    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending])
    },
    close() {
      if (closed) return
      closed = true
      unsubscribe()
      controller.abort()
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
    },
  }
}
