import { randomUUID } from 'node:crypto'
import { Mutation } from '@sanity/mutator'
import type { LakeDocument } from './engine/query-engine'
import { isRecord, itemsError, type ItemError, LakeHttpError } from './http'

/** A document a transaction touched: state before, after, and the mutations that reached it. */
export type TouchedDocument = {
  id: string
  before: LakeDocument | null
  after: LakeDocument | null
  mutations: unknown[]
}

export type MutationResult = { id: string; operation: 'create' | 'update' | 'delete' | 'none' }

type ReadState = {
  get(id: string): LakeDocument | undefined
  /** Ids of documents matching a GROQ query (raw perspective) in the committed state. */
  queryIds(query: string, params: Record<string, unknown>): string[]
}

const ID_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,199}$/
const TRANSACTION_ID_PATTERN = /^[A-Za-z0-9._-]{1,128}$/
const PATCH_OPERATIONS = ['set', 'setIfMissing', 'unset', 'insert', 'inc', 'dec', 'diffMatchPatch'] as const

export function newId(): string {
  return randomUUID().replace(/-/g, '').slice(0, 22)
}

/** The transaction id a client asked for (the Studio uses it as the new `_rev`), or a fresh one. */
export function transactionIdFrom(body: Record<string, unknown>): string {
  const requested = body.transactionId
  if (requested === undefined || requested === null) return newId()
  if (typeof requested !== 'string' || !TRANSACTION_ID_PATTERN.test(requested)) {
    throw new LakeHttpError(400, {
      error: { type: 'validationError', description: 'transactionId must be 1-128 letters, digits, ".", "_" or "-"' },
    })
  }
  return requested
}

class Failure extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly description: string,
    readonly id?: string,
  ) {
    super(description)
  }
}

/**
 * The documents of one transaction as it is being built: reads see earlier writes of the same
 * transaction; nothing reaches the store until every mutation or action succeeded.
 */
class WorkingSet {
  private readonly overlay = new Map<string, TouchedDocument>()

  constructor(private readonly state: ReadState) {}

  get(id: string): LakeDocument | null {
    const touched = this.overlay.get(id)
    if (touched) return touched.after
    return this.state.get(id) ?? null
  }

  put(id: string, document: LakeDocument | null, mutation: unknown): void {
    let touched = this.overlay.get(id)
    if (!touched) {
      touched = { id, before: this.state.get(id) ?? null, after: null, mutations: [] }
      this.overlay.set(id, touched)
    }
    touched.after = document
    touched.mutations.push(mutation)
  }

  queryIds(query: unknown, params: unknown): string[] {
    if (typeof query !== 'string') throw new Failure(400, 'invalidMutation', 'query must be a GROQ string')
    if (params !== undefined && !isRecord(params)) throw new Failure(400, 'invalidMutation', 'params must be an object')
    return this.state.queryIds(query, params ?? {}).filter((id) => this.get(id) !== null)
  }

  /** Stamps `_rev` and `_updatedAt` on every document that still exists. */
  finish(transactionId: string, timestamp: string): TouchedDocument[] {
    return [...this.overlay.values()].map((touched) => ({
      ...touched,
      after: touched.after ? { ...touched.after, _rev: transactionId, _updatedAt: timestamp } : null,
    }))
  }
}

function checkDocument(value: unknown, requireId: boolean): LakeDocument {
  if (!isRecord(value)) throw new Failure(400, 'invalidDocument', 'Document must be a JSON object')
  const rawId = value._id === undefined && !requireId ? newId() : value._id
  if (typeof rawId !== 'string' || rawId === '') throw new Failure(400, 'invalidDocument', 'Document is missing an _id')
  // Sanity fills in an id that ends in a dot ("drafts.") with a generated one.
  const id = !requireId && rawId.endsWith('.') ? `${rawId}${newId()}` : rawId
  if (!ID_PATTERN.test(id) || id.includes('..')) {
    throw new Failure(400, 'invalidDocumentId', `Document id "${id}" is not valid`, id)
  }
  if (typeof value._type !== 'string' || value._type === '') {
    throw new Failure(400, 'invalidDocument', `Document "${id}" is missing a _type`, id)
  }
  return { ...value, _id: id, _type: value._type }
}

function applyPatch(doc: LakeDocument, operations: Record<string, unknown>, timestamp: string): LakeDocument {
  const patch: Record<string, unknown> = { id: doc._id }
  for (const op of PATCH_OPERATIONS) if (operations[op] !== undefined) patch[op] = operations[op]
  let result: LakeDocument | null
  try {
    result = new Mutation({ mutations: [{ patch: patch as never }], timestamp }).apply(doc) as LakeDocument | null
  } catch (error) {
    throw new Failure(400, 'invalidPatch', `Patch on "${doc._id}" failed: ${(error as Error).message}`, doc._id)
  }
  if (!result || result._id !== doc._id) throw new Failure(400, 'invalidPatch', `A patch may not change _id ("${doc._id}")`, doc._id)
  if (typeof result._type !== 'string' || result._type === '') {
    throw new Failure(400, 'invalidPatch', `A patch may not remove _type ("${doc._id}")`, doc._id)
  }
  return result
}

function checkPatchOperations(patch: Record<string, unknown>): void {
  const known = new Set<string>(['id', 'query', 'params', 'ifRevisionID', ...PATCH_OPERATIONS])
  const unknown = Object.keys(patch).filter((key) => !known.has(key))
  if (unknown.length > 0) throw new Failure(400, 'invalidPatch', `Unknown patch operation(s): ${unknown.join(', ')}`)
  if (patch.unset !== undefined && !(Array.isArray(patch.unset) && patch.unset.every((p) => typeof p === 'string'))) {
    throw new Failure(400, 'invalidPatch', 'unset takes an array of paths')
  }
  for (const op of ['set', 'setIfMissing', 'inc', 'dec', 'diffMatchPatch'] as const) {
    if (patch[op] !== undefined && !isRecord(patch[op])) throw new Failure(400, 'invalidPatch', `${op} takes an object of path: value`)
  }
  if (patch.insert !== undefined) {
    const insert = patch.insert
    if (!isRecord(insert) || !Array.isArray(insert.items) || !('before' in insert || 'after' in insert || 'replace' in insert)) {
      throw new Failure(400, 'invalidPatch', 'insert takes {before|after|replace: path, items: []}')
    }
  }
}

function patchOne(
  work: WorkingSet,
  id: string,
  patch: Record<string, unknown>,
  timestamp: string,
): LakeDocument {
  const current = work.get(id)
  if (!current) throw new Failure(409, 'documentNotFoundError', `Cannot modify document "${id}" because it does not exist`, id)
  if (patch.ifRevisionID !== undefined && patch.ifRevisionID !== current._rev) {
    throw new Failure(
      409,
      'conflict',
      `Document "${id}" has unexpected revision ID ("${current._rev}"), expected "${String(patch.ifRevisionID)}"`,
      id,
    )
  }
  const next = applyPatch(current, patch, timestamp)
  const { query: _q, params: _p, ...recorded } = patch
  work.put(id, next, { patch: { ...recorded, id } })
  return next
}

function runMutation(work: WorkingSet, mutation: unknown, timestamp: string): MutationResult[] {
  if (!isRecord(mutation)) throw new Failure(400, 'invalidMutation', 'Each mutation must be an object')
  const kinds = Object.keys(mutation)
  if (kinds.length !== 1) throw new Failure(400, 'invalidMutation', 'Each mutation must have exactly one of create, createOrReplace, createIfNotExists, delete, patch')
  const kind = kinds[0]!
  const value = mutation[kind]
  switch (kind) {
    case 'create': {
      const doc = checkDocument(value, false)
      if (work.get(doc._id)) throw new Failure(409, 'documentAlreadyExistsError', `Document by ID "${doc._id}" already exists`, doc._id)
      work.put(doc._id, { ...doc, _createdAt: doc._createdAt ?? timestamp }, { create: doc })
      return [{ id: doc._id, operation: 'create' }]
    }
    case 'createIfNotExists': {
      const doc = checkDocument(value, true)
      if (work.get(doc._id)) return [{ id: doc._id, operation: 'none' }]
      work.put(doc._id, { ...doc, _createdAt: doc._createdAt ?? timestamp }, { createIfNotExists: doc })
      return [{ id: doc._id, operation: 'create' }]
    }
    case 'createOrReplace': {
      const doc = checkDocument(value, true)
      const existing = work.get(doc._id)
      const createdAt = doc._createdAt ?? existing?._createdAt ?? timestamp
      work.put(doc._id, { ...doc, _createdAt: createdAt }, { createOrReplace: doc })
      return [{ id: doc._id, operation: existing ? 'update' : 'create' }]
    }
    case 'delete': {
      if (!isRecord(value)) throw new Failure(400, 'invalidMutation', 'delete takes {id} or {query, params}')
      const ids = typeof value.id === 'string' ? [value.id] : 'query' in value ? work.queryIds(value.query, value.params) : null
      if (!ids) throw new Failure(400, 'invalidMutation', 'delete takes {id} or {query, params}')
      return ids.map((id) => {
        if (!work.get(id)) return { id, operation: 'none' as const }
        work.put(id, null, { delete: { id } })
        return { id, operation: 'delete' as const }
      })
    }
    case 'patch': {
      if (!isRecord(value)) throw new Failure(400, 'invalidMutation', 'patch takes {id, ...operations}')
      checkPatchOperations(value)
      const ids = typeof value.id === 'string' ? [value.id] : 'query' in value ? work.queryIds(value.query, value.params) : null
      if (!ids) throw new Failure(400, 'invalidMutation', 'patch takes {id} or {query, params}')
      return ids.map((id) => {
        patchOne(work, id, value, timestamp)
        return { id, operation: 'update' as const }
      })
    }
    default:
      throw new Failure(400, 'invalidMutation', `Unknown mutation type "${kind}"`)
  }
}

function fail(kind: 'mutationError' | 'actionError', index: number, error: unknown): never {
  if (error instanceof Failure) {
    const item: ItemError = { index, id: error.id, type: error.type, description: error.description }
    throw itemsError(error.status, kind, [item])
  }
  throw error
}

/** `autoGenerateArrayKeys`: objects inside arrays get a `_key` when they have none, as Sanity does. */
function withArrayKeys(value: unknown, inArray = false): unknown {
  if (Array.isArray(value)) return value.map((item) => withArrayKeys(item, true))
  if (!isRecord(value)) return value
  const out: Record<string, unknown> = {}
  for (const [key, child] of Object.entries(value)) out[key] = withArrayKeys(child)
  if (inArray && typeof out._key !== 'string') out._key = newId().slice(0, 12)
  return out
}

export function runMutations(
  state: ReadState,
  mutations: unknown,
  transactionId: string,
  timestamp: string,
  options: { autoGenerateArrayKeys?: boolean } = {},
): { touched: TouchedDocument[]; results: MutationResult[] } {
  if (!Array.isArray(mutations) || mutations.length === 0) {
    throw itemsError(400, 'mutationError', [
      { index: 0, type: 'invalidMutation', description: 'Body must have a non-empty "mutations" array' },
    ])
  }
  const work = new WorkingSet(state)
  const results: MutationResult[] = []
  const prepared = options.autoGenerateArrayKeys ? mutations.map((mutation) => withArrayKeys(mutation)) : mutations
  prepared.forEach((mutation, index) => {
    try {
      results.push(...runMutation(work, mutation, timestamp))
    } catch (error) {
      fail('mutationError', index, error)
    }
  })
  return { touched: work.finish(transactionId, timestamp), results }
}

function stringField(action: Record<string, unknown>, field: string): string {
  const value = action[field]
  if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
    throw new Failure(400, 'invalidAction', `${String(action.actionType)} needs a valid "${field}"`)
  }
  return value
}

function withoutSystemFields(doc: LakeDocument, id: string): LakeDocument {
  const { _originalId: _o, ...rest } = doc
  return { ...rest, _id: id }
}

function runAction(work: WorkingSet, action: unknown, timestamp: string): void {
  if (!isRecord(action)) throw new Failure(400, 'invalidAction', 'Each action must be an object')
  switch (action.actionType) {
    case 'sanity.action.document.create': {
      const publishedId = stringField(action, 'publishedId')
      const attributes = checkDocument(action.attributes, false)
      if (work.get(attributes._id) || work.get(publishedId)) {
        if (action.ifExists === 'ignore') return
        throw new Failure(409, 'documentAlreadyExistsError', `Document "${attributes._id}" already exists`, attributes._id)
      }
      work.put(attributes._id, { ...attributes, _createdAt: timestamp }, { create: attributes })
      return
    }
    case 'sanity.action.document.replaceDraft': {
      const publishedId = stringField(action, 'publishedId')
      const attributes = checkDocument(action.attributes, true)
      const existing = work.get(attributes._id)
      if (!existing && !work.get(publishedId)) {
        throw new Failure(409, 'documentNotFoundError', `Neither "${attributes._id}" nor "${publishedId}" exists`, attributes._id)
      }
      work.put(attributes._id, { ...attributes, _createdAt: existing?._createdAt ?? timestamp }, { createOrReplace: attributes })
      return
    }
    case 'sanity.action.document.edit': {
      const draftId = stringField(action, 'draftId')
      const publishedId = stringField(action, 'publishedId')
      if (!isRecord(action.patch)) throw new Failure(400, 'invalidAction', 'edit needs a "patch" object')
      checkPatchOperations(action.patch)
      if (!work.get(draftId)) {
        const published = work.get(publishedId)
        if (!published) throw new Failure(409, 'documentNotFoundError', `Cannot edit "${publishedId}": it does not exist`, publishedId)
        const draft = { ...withoutSystemFields(published, draftId), _createdAt: timestamp }
        work.put(draftId, draft, { createIfNotExists: draft })
      }
      patchOne(work, draftId, action.patch, timestamp)
      return
    }
    case 'sanity.action.document.publish': {
      const draftId = stringField(action, 'draftId')
      const publishedId = stringField(action, 'publishedId')
      const draft = work.get(draftId)
      if (!draft) throw new Failure(409, 'documentNotFoundError', `Cannot publish "${draftId}": it does not exist`, draftId)
      if (action.ifDraftRevisionId !== undefined && action.ifDraftRevisionId !== draft._rev) {
        throw new Failure(409, 'conflict', `Draft "${draftId}" has revision "${draft._rev}", expected "${String(action.ifDraftRevisionId)}"`, draftId)
      }
      const published = work.get(publishedId)
      if (action.ifPublishedRevisionId !== undefined && action.ifPublishedRevisionId !== published?._rev) {
        throw new Failure(409, 'conflict', `Document "${publishedId}" has revision "${published?._rev}", expected "${String(action.ifPublishedRevisionId)}"`, publishedId)
      }
      const next = { ...withoutSystemFields(draft, publishedId), _createdAt: published?._createdAt ?? draft._createdAt ?? timestamp }
      work.put(publishedId, next, { createOrReplace: next })
      work.put(draftId, null, { delete: { id: draftId } })
      return
    }
    case 'sanity.action.document.unpublish': {
      const draftId = stringField(action, 'draftId')
      const publishedId = stringField(action, 'publishedId')
      const published = work.get(publishedId)
      if (!published) throw new Failure(409, 'documentNotFoundError', `Cannot unpublish "${publishedId}": it is not published`, publishedId)
      if (!work.get(draftId)) {
        const draft = withoutSystemFields(published, draftId)
        work.put(draftId, draft, { createIfNotExists: draft })
      }
      work.put(publishedId, null, { delete: { id: publishedId } })
      return
    }
    case 'sanity.action.document.discard': {
      const draftId = stringField(action, 'draftId')
      if (!work.get(draftId)) throw new Failure(409, 'documentNotFoundError', `Cannot discard "${draftId}": it does not exist`, draftId)
      work.put(draftId, null, { delete: { id: draftId } })
      return
    }
    case 'sanity.action.document.version.discard': {
      // Studio 5 deletes a never-published document this way, one action per version (its draft).
      const versionId = stringField(action, 'versionId')
      if (!versionId.startsWith('drafts.') && !versionId.startsWith('versions.')) {
        throw new Failure(400, 'invalidAction', `Cannot discard "${versionId}": it is not a draft or a version`)
      }
      if (!work.get(versionId)) throw new Failure(409, 'documentNotFoundError', `Cannot discard "${versionId}": it does not exist`, versionId)
      work.put(versionId, null, { delete: { id: versionId } })
      return
    }
    case 'sanity.action.document.delete': {
      const publishedId = stringField(action, 'publishedId')
      const drafts = Array.isArray(action.includeDrafts) ? action.includeDrafts.filter((d) => typeof d === 'string') : []
      const ids = [publishedId, `drafts.${publishedId}`, ...drafts]
      if (!ids.some((id) => work.get(id))) {
        throw new Failure(409, 'documentNotFoundError', `Cannot delete "${publishedId}": it does not exist`, publishedId)
      }
      for (const id of new Set(ids)) if (work.get(id)) work.put(id, null, { delete: { id } })
      return
    }
    default:
      throw new Failure(400, 'invalidAction', `Unsupported actionType ${JSON.stringify(action.actionType)}`)
  }
}

export function runActions(
  state: ReadState,
  actions: unknown,
  transactionId: string,
  timestamp: string,
): TouchedDocument[] {
  const list = Array.isArray(actions) ? actions : isRecord(actions) ? [actions] : []
  if (list.length === 0) {
    throw itemsError(400, 'actionError', [{ index: 0, type: 'invalidAction', description: 'No actions provided' }])
  }
  const work = new WorkingSet(state)
  list.forEach((action, index) => {
    try {
      runAction(work, action, timestamp)
    } catch (error) {
      fail('actionError', index, error)
    }
  })
  return work.finish(transactionId, timestamp)
}
