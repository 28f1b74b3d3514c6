// One perspective's view of the dataset, with the indexes the query planner narrows through.
// Every list is kept sorted by `_id`: that is the order `*` yields, so a candidate list handed to
// groq-js in place of `*` keeps the order an unplanned evaluation would have produced.

export type LakeDocument = {
  _id: string
  _type: string
  _rev?: string
  _createdAt?: string
  _updatedAt?: string
  [key: string]: unknown
}

function lowerBound(list: readonly LakeDocument[], id: string): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (list[mid]!._id < id) lo = mid + 1
    else hi = mid
  }
  return lo
}

function insertById(list: LakeDocument[], doc: LakeDocument): void {
  const at = lowerBound(list, doc._id)
  if (list[at]?._id === doc._id) list[at] = doc
  else list.splice(at, 0, doc)
}

function removeById(list: LakeDocument[], id: string): void {
  const at = lowerBound(list, id)
  if (list[at]?._id === id) list.splice(at, 1)
}

function addTo(map: Map<string, LakeDocument[]>, key: string, doc: LakeDocument): void {
  const list = map.get(key)
  if (list) insertById(list, doc)
  else map.set(key, [doc])
}

function removeFrom(map: Map<string, LakeDocument[]>, key: string, id: string): void {
  const list = map.get(key)
  if (!list) return
  removeById(list, id)
  if (list.length === 0) map.delete(key)
}

export function sortById(docs: LakeDocument[]): LakeDocument[] {
  return docs.sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
}

/** Two `_id`-sorted lists as one, each id once. */
export function mergeSortedById(a: readonly LakeDocument[], b: readonly LakeDocument[]): readonly LakeDocument[] {
  if (a.length === 0) return b
  if (b.length === 0) return a
  const out: LakeDocument[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a[i]!
    const y = b[j]!
    if (x._id === y._id) {
      out.push(x)
      i++
      j++
    } else if (x._id < y._id) {
      out.push(x)
      i++
    } else {
      out.push(y)
      j++
    }
  }
  while (i < a.length) out.push(a[i++]!)
  while (j < b.length) out.push(b[j++]!)
  return out
}

/** Whether an `_id`-sorted list holds `id` (binary search). */
export function containsId(sorted: readonly LakeDocument[], id: string): boolean {
  let lo = 0
  let hi = sorted.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const at = sorted[mid]!._id
    if (at === id) return true
    if (at < id) lo = mid + 1
    else hi = mid - 1
  }
  return false
}

/** The ids `references()` sees in a document: every string `_ref`, not descending below an object that has one. */
export function referencedIds(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) referencedIds(item, into)
  } else if (value !== null && typeof value === 'object') {
    const ref = (value as Record<string, unknown>)._ref
    if (ref) {
      if (typeof ref === 'string') into.add(ref)
      return into
    }
    for (const item of Object.values(value)) referencedIds(item, into)
  }
  return into
}

/** A plain attribute path read the way groq-js reads `a.b.c`: own properties of objects only. */
export function readPath(doc: unknown, path: readonly string[]): unknown {
  let value: unknown = doc
  for (const name of path) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return null
    if (!Object.prototype.hasOwnProperty.call(value, name)) return null
    value = (value as Record<string, unknown>)[name]
  }
  return value === undefined ? null : value
}

function slugOf(doc: LakeDocument): string | undefined {
  const current = readPath(doc, ['slug', 'current'])
  return typeof current === 'string' ? current : undefined
}

// groq-js totalCompare: datetimes (never stored in JSON), numbers, strings, booleans, then everything else as equals.
function typeRank(value: unknown): number {
  switch (typeof value) {
    case 'number':
      return 2
    case 'string':
      return 3
    case 'boolean':
      return 4
    default:
      return 100
  }
}

export function totalCompare(a: unknown, b: unknown): number {
  const ra = typeRank(a)
  const rb = typeRank(b)
  if (ra !== rb) return ra - rb
  if (ra === 2 || ra === 4) return (a as number) - (b as number)
  if (ra === 3) return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0
  return 0
}

type OrderEntry = { key: unknown; doc: LakeDocument }

/** Documents of one type sorted by one attribute path (then `_id`), for `order(path)[0...n]`. */
export class OrderIndex {
  private readonly entries: OrderEntry[]
  // The key each document was filed under, so removal does not depend on the old object staying unchanged.
  private readonly keyById = new Map<string, unknown>()

  constructor(
    readonly type: string,
    readonly path: readonly string[],
    docs: readonly LakeDocument[],
  ) {
    this.entries = docs.map((doc) => ({ key: readPath(doc, path), doc }))
    for (const entry of this.entries) this.keyById.set(entry.doc._id, entry.key)
    this.entries.sort((a, b) => this.compare(a, b.key, b.doc._id))
  }

  get size(): number {
    return this.entries.length
  }

  private compare(entry: OrderEntry, key: unknown, id: string): number {
    const c = totalCompare(entry.key, key)
    if (c !== 0) return c
    return entry.doc._id < id ? -1 : entry.doc._id > id ? 1 : 0
  }

  private position(key: unknown, id: string): number {
    let lo = 0
    let hi = this.entries.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.compare(this.entries[mid]!, key, id) < 0) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  add(doc: LakeDocument): void {
    const key = readPath(doc, this.path)
    this.keyById.set(doc._id, key)
    this.entries.splice(this.position(key, doc._id), 0, { key, doc })
  }

  remove(id: string): void {
    if (!this.keyById.has(id)) return
    const at = this.position(this.keyById.get(id), id)
    this.keyById.delete(id)
    if (this.entries[at]?.doc._id === id) this.entries.splice(at, 1)
  }

  /**
   * At least `count` documents from the front (asc) or back (desc) of the order, plus every document whose key
   * ties with the last one taken. Any document left out sorts strictly after all those returned, so filtering and
   * ordering the returned set yields a prefix of the full ordered result. Returned sorted by `_id`.
   */
  closedPrefix(count: number, descending: boolean): { docs: LakeDocument[]; complete: boolean } {
    const n = this.entries.length
    if (count >= n) return { docs: sortById(this.entries.map((e) => e.doc)), complete: true }
    const picked: LakeDocument[] = []
    let i: number
    if (descending) {
      for (i = n - 1; i >= n - count; i--) picked.push(this.entries[i]!.doc)
      const last = this.entries[i + 1]!.key
      for (; i >= 0 && totalCompare(this.entries[i]!.key, last) === 0; i--) picked.push(this.entries[i]!.doc)
      return { docs: sortById(picked), complete: i < 0 }
    }
    for (i = 0; i < count; i++) picked.push(this.entries[i]!.doc)
    const last = this.entries[i - 1]!.key
    for (; i < n && totalCompare(this.entries[i]!.key, last) === 0; i++) picked.push(this.entries[i]!.doc)
    return { docs: sortById(picked), complete: i >= n }
  }
}

// groq-js `match` tokenisation (shared/matching.ts), replicated so the text index finds exactly the tokens it tests.
const MATCH_CHARS = /([^!@#$%^&*(),\\/?";:{}|[\]+<>\s-])+/g
const MATCH_EDGE_CHARS = /(\b\.+|\.+\b)/g

export function matchTokens(text: string): string[] {
  return text.replace(MATCH_EDGE_CHARS, '').match(MATCH_CHARS) ?? []
}

// groq-js pt::text: the span texts of each block, blocks joined by blank lines.
export function portableText(value: unknown): string | null {
  const blockText = (block: Record<string, unknown>): string | null => {
    if (typeof block._type !== 'string' || !Array.isArray(block.children)) return null
    let text = ''
    for (const child of block.children as unknown[]) {
      const span = child as Record<string, unknown> | null
      if (span && typeof span === 'object' && span._type === 'span' && typeof span.text === 'string') text += span.text
    }
    return text
  }
  const collect = (list: unknown[], out: string[]): string[] => {
    for (const item of list) {
      if (Array.isArray(item)) collect(item, out)
      else if (item && typeof item === 'object') {
        const text = blockText(item as Record<string, unknown>)
        if (text !== null) out.push(text)
      }
    }
    return out
  }
  if (Array.isArray(value)) {
    const texts = collect(value, [])
    return texts.length > 0 ? texts.join('\n\n') : null
  }
  if (value && typeof value === 'object') return blockText(value as Record<string, unknown>)
  return null
}

/**
 * Lower-cases A-Z only. groq-js matches with a non-unicode `i` regex, where a non-ASCII character never equals an
 * ASCII one; keys folded this way make a lookup of an ASCII term exact (`toLowerCase` would fold 'K' (Kelvin) to 'k').
 */
export function asciiLowerCase(text: string): string {
  return text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase())
}

export type TextSource = { portableText: boolean; path: readonly string[] }

function idPosition(ids: readonly string[], id: string): number {
  let lo = 0
  let hi = ids.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (ids[mid]! < id) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** ASCII-lower-cased `match` tokens of one text source (a string attribute or `pt::text(attribute)`) → sorted ids. */
export class TextIndex {
  private readonly tokensById = new Map<string, string[]>()
  private readonly idsByToken = new Map<string, string[]>()

  /** `docs` sorted by `_id`, so the initial lists fill by appending. */
  constructor(
    readonly source: TextSource,
    docs: readonly LakeDocument[],
  ) {
    for (const doc of docs) {
      const tokens = this.tokensOf(doc)
      if (tokens.length === 0) continue
      this.tokensById.set(doc._id, tokens)
      for (const token of tokens) {
        const ids = this.idsByToken.get(token)
        if (ids) ids.push(doc._id)
        else this.idsByToken.set(token, [doc._id])
      }
    }
  }

  private tokensOf(doc: LakeDocument): string[] {
    const value = readPath(doc, this.source.path)
    // As groq-js gathers text for `match`: a string, or the string elements of an array.
    let texts: string[] = []
    if (this.source.portableText) {
      const text = portableText(value)
      if (text !== null) texts = [text]
    } else if (typeof value === 'string') texts = [value]
    else if (Array.isArray(value)) texts = value.filter((v): v is string => typeof v === 'string')
    // Folding case first gives the same tokens: the token and edge patterns do not depend on ASCII letter case.
    const tokens = new Set<string>()
    for (const text of texts) for (const token of matchTokens(asciiLowerCase(text))) tokens.add(token)
    return [...tokens]
  }

  add(doc: LakeDocument): void {
    const tokens = this.tokensOf(doc)
    if (tokens.length === 0) return
    this.tokensById.set(doc._id, tokens)
    for (const token of tokens) {
      const ids = this.idsByToken.get(token)
      if (!ids) this.idsByToken.set(token, [doc._id])
      else {
        const at = idPosition(ids, doc._id)
        if (ids[at] !== doc._id) ids.splice(at, 0, doc._id)
      }
    }
  }

  remove(id: string): void {
    const tokens = this.tokensById.get(id)
    if (!tokens) return
    this.tokensById.delete(id)
    for (const token of tokens) {
      const ids = this.idsByToken.get(token)
      if (!ids) continue
      const at = idPosition(ids, id)
      if (ids[at] === id) ids.splice(at, 1)
      if (ids.length === 0) this.idsByToken.delete(token)
    }
  }

  /** Sorted ids whose text has a token equal to `term` (ASCII lower case), or starting with it when `prefix`. */
  lookup(term: string, prefix: boolean): readonly string[] {
    if (!prefix) return this.idsByToken.get(term) ?? []
    const out = new Set<string>()
    for (const [token, ids] of this.idsByToken) {
      if (token.startsWith(term)) for (const id of ids) out.add(id)
    }
    return [...out].sort()
  }
}

/** Ids in both sorted lists. */
export function intersectSorted(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push(a[i]!)
      i++
      j++
    } else if (a[i]! < b[j]!) i++
    else j++
  }
  return out
}

export class DocumentIndex {
  readonly byId = new Map<string, LakeDocument>()
  /** Every document, sorted by `_id`: the value of `*`. */
  readonly all: LakeDocument[]
  private readonly byType = new Map<string, LakeDocument[]>()
  private readonly bySlug = new Map<string, LakeDocument[]>()
  private readonly byRef = new Map<string, LakeDocument[]>()
  // What each document was filed under, so unfiling never re-reads a document object that may have changed.
  private readonly filed = new Map<string, { type?: string; slug?: string; refs: Set<string> }>()
  private readonly orderIndexes = new Map<string, OrderIndex>()
  private readonly textIndexes = new Map<string, TextIndex>()

  constructor(docs: Iterable<LakeDocument>) {
    this.all = sortById([...docs])
    // Lists fill in `_id` order, so plain pushes keep them sorted.
    for (const doc of this.all) {
      this.byId.set(doc._id, doc)
      const keys = this.keysOf(doc)
      this.filed.set(doc._id, keys)
      if (keys.type !== undefined) this.push(this.byType, keys.type, doc)
      if (keys.slug !== undefined) this.push(this.bySlug, keys.slug, doc)
      for (const ref of keys.refs) this.push(this.byRef, ref, doc)
    }
  }

  private keysOf(doc: LakeDocument): { type?: string; slug?: string; refs: Set<string> } {
    return {
      type: typeof doc._type === 'string' ? doc._type : undefined,
      slug: slugOf(doc),
      refs: referencedIds(doc),
    }
  }

  private push(map: Map<string, LakeDocument[]>, key: string, doc: LakeDocument): void {
    const list = map.get(key)
    if (list) list.push(doc)
    else map.set(key, [doc])
  }

  get(id: string): LakeDocument | undefined {
    return this.byId.get(id)
  }

  ofType(type: string): readonly LakeDocument[] {
    return this.byType.get(type) ?? []
  }

  withSlug(slug: string): readonly LakeDocument[] {
    return this.bySlug.get(slug) ?? []
  }

  referencing(id: string): readonly LakeDocument[] {
    return this.byRef.get(id) ?? []
  }

  orderIndex(type: string, path: readonly string[]): OrderIndex {
    const key = `${type}\u0000${path.join('.')}`
    let index = this.orderIndexes.get(key)
    if (!index) {
      index = new OrderIndex(type, path, this.ofType(type))
      this.orderIndexes.set(key, index)
    }
    return index
  }

  textIndex(source: TextSource): TextIndex {
    const key = `${source.portableText ? 'pt' : 'str'}\u0000${source.path.join('.')}`
    let index = this.textIndexes.get(key)
    if (!index) {
      index = new TextIndex(source, this.all)
      this.textIndexes.set(key, index)
    }
    return index
  }

  /** Put `doc` in the view (replacing the document with the same `_id`), or take `id` out with `doc` null. */
  set(id: string, doc: LakeDocument | null): void {
    const old = this.byId.get(id)
    if (old) this.unindex(id)
    if (doc) {
      this.byId.set(id, doc)
      if (old) this.all[lowerBound(this.all, id)] = doc
      else insertById(this.all, doc)
      this.index(doc)
    } else if (old) {
      this.byId.delete(id)
      removeById(this.all, id)
    }
  }

  private index(doc: LakeDocument): void {
    const keys = this.keysOf(doc)
    this.filed.set(doc._id, keys)
    if (keys.type !== undefined) addTo(this.byType, keys.type, doc)
    if (keys.slug !== undefined) addTo(this.bySlug, keys.slug, doc)
    for (const ref of keys.refs) addTo(this.byRef, ref, doc)
    for (const index of this.orderIndexes.values()) if (index.type === keys.type) index.add(doc)
    for (const index of this.textIndexes.values()) index.add(doc)
  }

  private unindex(id: string): void {
    const keys = this.filed.get(id)
    if (!keys) return
    this.filed.delete(id)
    if (keys.type !== undefined) removeFrom(this.byType, keys.type, id)
    if (keys.slug !== undefined) removeFrom(this.bySlug, keys.slug, id)
    for (const ref of keys.refs) removeFrom(this.byRef, ref, id)
    for (const index of this.orderIndexes.values()) index.remove(id)
    for (const index of this.textIndexes.values()) index.remove(id)
  }
}
