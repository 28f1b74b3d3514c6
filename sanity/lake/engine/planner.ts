// Query planner: rewrites a parsed GROQ tree so groq-js does less work, never changing the result.
//
// 1. Hoisting: a subexpression that reads `*` but nothing of the scope it sits in (no `@`, no bare attribute,
//    no `^` reaching out of it, no `references()`), evaluated once per element of some outer array, is evaluated
//    once and replaced by its value. This removes the quadratic `*[... && references(*[...][0]._id)]` trap.
// 2. Narrowing: in `*[E]`, when E has a conjunct on `_type`, `_id`, `slug.current` (`==` or `in` a static list),
//    `references(static ids)` or `text match static` (a string attribute or `pt::text(attribute)`), the `*` is replaced
//    by the smallest candidate list from the view's indexes. E is still applied to the candidates, and candidate lists
//    are in `_id` order like `*` itself, so the result is the same. Other `*` in the query keep the full view.
//    A conjunct whose index is exact (all but `match` with a term that is not plain letters/digits) is true for every candidate it produced, so it is replaced by
//    `true` rather than evaluated again (groq-js `references()` walks the whole document).
// 3. Top-N: `*[E] | order(path) [a...b]` (or `[i]`) evaluated once at the query root, with a `_type == T` conjunct:
//    E is applied to a growing, tie-closed prefix of the (T, path) sorted index until enough documents match; every
//    document left out sorts after those kept, so the slice is unchanged. `*[E][a...b]` likewise filters growing
//    prefixes of the candidate list.
import type { ExprNode } from 'groq-js'
import {
  asciiLowerCase,
  containsId,
  type DocumentIndex,
  intersectSorted,
  type LakeDocument,
  mergeSortedById,
  type TextSource,
} from './document-index'

export interface PlanContext {
  index: DocumentIndex
  params: Record<string, unknown>
  /** Evaluates `node` in the query's root scope over the full view; returns the raw value data. */
  evaluate(node: ExprNode): unknown
}

type ChildKind = 'same' | 'nested' | 'hidden'

/**
 * The union of some `_id`-sorted index lists, merged only when a caller needs the documents: the ordered walk
 * of a top-N query only asks whether a few documents belong (binary search in each list).
 */
class CandidateList {
  /** An upper bound (exact for one list): enough to choose the narrowest conjunct. */
  readonly size: number
  private merged: readonly LakeDocument[] | undefined

  constructor(private readonly lists: ReadonlyArray<readonly LakeDocument[]>) {
    this.size = lists.reduce((total, list) => total + list.length, 0)
    if (lists.length <= 1) this.merged = lists[0] ?? []
  }

  get docs(): readonly LakeDocument[] {
    if (!this.merged) {
      let merged: readonly LakeDocument[] = []
      for (const list of this.lists) merged = mergeSortedById(merged, list)
      this.merged = merged
    }
    return this.merged
  }

  has(id: string): boolean {
    return this.lists.some((list) => containsId(list, id))
  }
}

/** Candidates for `*[E]`: `exact` is the conjunct when it is true for exactly the documents listed. */
type Candidates = { readonly docs: readonly LakeDocument[]; size: number; has(id: string): boolean; exact: ExprNode | null }

function candidatesOf(list: CandidateList, exact: ExprNode | null): Candidates {
  return {
    get docs() {
      return list.docs
    },
    size: list.size,
    has: (id) => list.has(id),
    exact,
  }
}

// Functions that read the current scope's value without an argument saying so.
const SCOPE_READING_FUNCTIONS = new Set(['global::references', 'sanity::versionOf', 'sanity::partOfRelease'])

/** Calls `visit` for each child expression with how its scope relates to the node's; returns the rebuilt node. */
function mapChildren(node: ExprNode, visit: (child: ExprNode, kind: ChildKind) => ExprNode): ExprNode {
  switch (node.type) {
    case 'Filter':
    case 'Projection':
      return { ...node, base: visit(node.base, 'same'), expr: visit(node.expr, 'nested') }
    case 'Map':
    case 'FlatMap':
      return { ...node, base: visit(node.base, 'same'), expr: visit(node.expr, 'hidden') }
    case 'PipeFuncCall':
      return { ...node, base: visit(node.base, 'same'), args: node.args.map((a) => visit(a, 'nested')) }
    case 'And':
    case 'Or':
    case 'OpCall':
      return { ...node, left: visit(node.left, 'same'), right: visit(node.right, 'same') }
    case 'Not':
    case 'Neg':
    case 'Pos':
    case 'Group':
    case 'ArrayCoerce':
    case 'AccessElement':
    case 'Slice':
    case 'Deref':
    case 'Asc':
    case 'Desc':
      return { ...node, base: visit(node.base as ExprNode, 'same') } as ExprNode
    case 'AccessAttribute':
      return node.base ? { ...node, base: visit(node.base, 'same') } : node
    case 'InRange':
      return { ...node, base: visit(node.base, 'same'), left: visit(node.left, 'same'), right: visit(node.right, 'same') }
    case 'FuncCall':
      return { ...node, args: node.args.map((a) => visit(a, 'same')) }
    case 'Tuple':
      return { ...node, members: node.members.map((m) => visit(m, 'same')) }
    case 'Array':
      return { ...node, elements: node.elements.map((e) => ({ ...e, value: visit(e.value, 'same') })) }
    case 'Object':
      return {
        ...node,
        attributes: node.attributes.map((a) =>
          a.type === 'ObjectConditionalSplat'
            ? { ...a, condition: visit(a.condition, 'same'), value: visit(a.value, 'same') }
            : { ...a, value: visit(a.value, 'same') },
        ),
      }
    case 'Select':
      return {
        ...node,
        alternatives: node.alternatives.map((a) => ({
          ...a,
          condition: visit(a.condition, 'same'),
          value: visit(a.value, 'same'),
        })),
        fallback: node.fallback ? visit(node.fallback, 'same') : undefined,
      }
    default:
      // Leaves (This, Everything, Parameter, Parent, Context, Value) and selector nodes, left as they are.
      return node
  }
}

function someChild(node: ExprNode, test: (child: ExprNode, kind: ChildKind) => boolean): boolean {
  let found = false
  mapChildren(node, (child, kind) => {
    if (!found && test(child, kind)) found = true
    return child
  })
  return found
}

export function walk(node: ExprNode, visit: (node: ExprNode) => void): void {
  visit(node)
  mapChildren(node, (child) => {
    walk(child, visit)
    return child
  })
}

function readsEverything(node: ExprNode): boolean {
  return node.type === 'Everything' || someChild(node, (child) => readsEverything(child))
}

/**
 * Whether `node`, evaluated in a scope `depth` levels inside the candidate's own scope, reads a scope outside it.
 * Hidden scopes (Map, FlatMap) do not count as a level: that over-approximates `^` reaches and `@` reads,
 * so the answer errs towards "depends".
 */
function readsOuterScope(node: ExprNode, depth: number): boolean {
  switch (node.type) {
    case 'This':
      return depth === 0
    case 'Parent':
      return node.n >= depth
    case 'AccessAttribute':
      if (!node.base) return depth === 0
      break
    case 'FuncCall':
      if (depth === 0 && SCOPE_READING_FUNCTIONS.has(`${node.namespace}::${node.name}`)) return true
      break
    case 'SelectorNested':
    case 'SelectorFuncCall':
      return true
    default:
  }
  return someChild(node, (child, kind) => readsOuterScope(child, kind === 'nested' ? depth + 1 : depth))
}

type Static = { value: unknown } | null

function staticValue(node: ExprNode, params: Record<string, unknown>): Static {
  if (node.type === 'Value') return { value: node.value }
  if (node.type === 'Parameter') {
    return Object.prototype.hasOwnProperty.call(params, node.name) ? { value: params[node.name] } : null
  }
  if (node.type === 'Group') return staticValue(node.base, params)
  return null
}

/** `a.b.c` read from the current element (`@.a.b.c` too), as a list of names. */
function attributePath(node: ExprNode): string[] | null {
  const names: string[] = []
  let current: ExprNode | undefined = node
  while (current && current.type === 'AccessAttribute') {
    names.unshift(current.name)
    current = current.base
  }
  if (names.length === 0) return null
  return current === undefined || current.type === 'This' ? names : null
}

function conjuncts(node: ExprNode, out: ExprNode[] = []): ExprNode[] {
  if (node.type === 'And') {
    conjuncts(node.left, out)
    conjuncts(node.right, out)
  } else if (node.type === 'Group') conjuncts(node.base, out)
  else out.push(node)
  return out
}

/** `expr` with the given conjuncts (known true for every candidate) replaced by `true`. */
function settle(expr: ExprNode, known: ReadonlyArray<ExprNode | null>): ExprNode {
  if (known.every((k) => k === null)) return expr
  const replace = (node: ExprNode): ExprNode => {
    if (known.includes(node)) return { type: 'Value', value: true }
    if (node.type === 'And') return { ...node, left: replace(node.left), right: replace(node.right) }
    if (node.type === 'Group') return { ...node, base: replace(node.base) }
    return node
  }
  return replace(expr)
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string')
}

// Pattern terms as groq-js splits them (shared/matching.ts).
const PATTERN_CHARS = /([^!@#$%^&(),\\/?";:{}|[\]+<>\s-])+/g
const EDGE_CHARS = /(\b\.+|\.+\b)/g
// Terms the text index can answer exactly: letters and digits, optionally a trailing `*`.
const INDEXABLE_TERM = /^[A-Za-z0-9]{1,200}\*?$/

function textSource(node: ExprNode): TextSource | null {
  if (node.type === 'FuncCall' && node.namespace === 'pt' && node.name === 'text' && node.args.length === 1) {
    const path = attributePath(node.args[0]!)
    return path ? { portableText: true, path } : null
  }
  const path = attributePath(node)
  return path ? { portableText: false, path } : null
}

export class Planner {
  constructor(private readonly ctx: PlanContext) {}

  plan(tree: ExprNode): ExprNode {
    return this.rewrite(tree, true)
  }

  /** `once`: the node is evaluated at most once, in the root scope. */
  private rewrite(node: ExprNode, once: boolean): ExprNode {
    if (!once && node.type !== 'Everything' && readsEverything(node) && !readsOuterScope(node, 0)) {
      const planned = this.rewrite(node, true)
      return { type: 'Value', value: this.ctx.evaluate(planned) }
    }

    if (once && (node.type === 'Slice' || node.type === 'AccessElement')) {
      const limited = this.planLimited(node)
      if (limited) return limited
    }

    const rebuilt = mapChildren(node, (child, kind) => this.rewrite(child, once && kind === 'same'))
    if (rebuilt.type === 'Filter' && rebuilt.base.type === 'Everything') {
      const found = this.candidates(rebuilt.expr)
      if (found) {
        return { ...rebuilt, base: { type: 'Value', value: found.docs }, expr: settle(rebuilt.expr, [found.exact]) }
      }
    }
    return rebuilt
  }

  /** `[a...b]` / `[i]` over `*[E]` or `*[E] | order(...)`: filter only as many candidates as the slice needs. */
  private planLimited(node: ExprNode & { type: 'Slice' | 'AccessElement' }): ExprNode | null {
    let need: number
    if (node.type === 'Slice') {
      if (node.left < 0 || node.right < 0) return null
      need = node.isInclusive ? node.right + 1 : node.right
    } else {
      if (node.index < 0) return null
      need = node.index + 1
    }
    const base = node.base
    if (base.type === 'Filter' && base.base.type === 'Everything') {
      const expr = this.rewrite(base.expr, false)
      const found = this.candidates(expr)
      if (!found) return { ...node, base: { ...base, expr } }
      const list = found.docs
      const matched = this.filterPrefixes(settle(expr, [found.exact]), need, need * 2, (count) => ({
        docs: count >= list.length ? list : list.slice(0, count),
        complete: count >= list.length,
      }))
      return { ...node, base: { type: 'Value', value: matched } }
    }
    if (
      base.type === 'PipeFuncCall' &&
      base.name === 'order' &&
      base.args.length > 0 &&
      base.base.type === 'Filter' &&
      base.base.base.type === 'Everything'
    ) {
      const filter = base.base
      const expr = this.rewrite(filter.expr, false)
      const args = base.args.map((a) => this.rewrite(a, false))
      const first = base.args[0]!
      const descending = first.type === 'Desc'
      const path = attributePath(first.type === 'Desc' || first.type === 'Asc' ? first.base : first)
      const typeTerm = this.typeConjunct(expr)
      const found = this.candidates(expr)
      let source: ExprNode
      if (path && typeTerm && (!found || found.size > need * 8)) {
        // Walk the (type, path) order; pre-filter by the narrowest exact index so that conjunct need not run.
        const index = this.ctx.index.orderIndex(typeTerm.type, path)
        const member = found?.exact && found.exact !== typeTerm.term ? found : null
        const settled = settle(expr, [typeTerm.term, member ? found!.exact : null])
        // Start from the expected prefix length given the narrowest list's share of the type.
        const share = found ? found.size / Math.max(index.size, 1) : 1
        const expected = Math.ceil((need * 1.5) / Math.max(share, 1e-6))
        const filtered = this.filterPrefixes(settled, need, expected, (count) => {
          const prefix = index.closedPrefix(count, descending)
          // Only the walked prefix is tested (binary search), so a union of thousands is never built.
          return member ? { ...prefix, docs: prefix.docs.filter((d) => member.has(d._id)) } : prefix
        })
        source = { type: 'Value', value: filtered }
      } else {
        source = found
          ? { ...filter, base: { type: 'Value', value: found.docs }, expr: settle(expr, [found.exact]) }
          : { ...filter, expr }
      }
      return { ...node, base: { ...base, args, base: source } }
    }
    return null
  }

  /** Applies `expr` to growing prefixes until `need` documents pass or the prefix is the whole list. */
  private filterPrefixes(
    expr: ExprNode,
    need: number,
    first: number,
    prefix: (count: number) => { docs: readonly LakeDocument[]; complete: boolean },
  ): unknown[] {
    for (let count = Math.max(first, 16); ; count *= 4) {
      const { docs, complete } = prefix(count)
      const matched = this.ctx.evaluate({ type: 'Filter', base: { type: 'Value', value: docs }, expr }) as unknown[]
      if (complete || matched.length >= need) return matched
    }
  }

  private typeConjunct(expr: ExprNode): { type: string; term: ExprNode } | null {
    for (const term of conjuncts(expr)) {
      if (term.type !== 'OpCall' || term.op !== '==') continue
      for (const [a, b] of [
        [term.left, term.right],
        [term.right, term.left],
      ] as const) {
        const path = attributePath(a)
        const value = staticValue(b, this.ctx.params)
        if (path?.length === 1 && path[0] === '_type' && typeof value?.value === 'string') {
          return { type: value.value, term }
        }
      }
    }
    return null
  }

  /**
   * The smallest candidate list (sorted by `_id`) a conjunct of `expr` allows, or null when none narrows.
   * `exact`: the conjunct, when it is true for exactly the documents listed (an exact index, not `match`).
   */
  candidates(expr: ExprNode): Candidates | null {
    let best: Candidates | null = null
    const textTerms: ExprNode[] = []
    for (const term of conjuncts(expr)) {
      if (term.type === 'OpCall' && term.op === 'match') {
        textTerms.push(term)
        continue
      }
      const list = this.termCandidates(term)
      if (list && (!best || list.size < best.size)) best = candidatesOf(list, term)
    }
    if (best && best.size <= 64) return best
    for (const term of textTerms) {
      const found = this.matchCandidates(term as ExprNode & { type: 'OpCall' })
      if (found && (!best || found.docs.length < best.size)) {
        best = candidatesOf(new CandidateList([found.docs]), found.exact ? term : null)
      }
    }
    return best
  }

  private termCandidates(term: ExprNode): CandidateList | null {
    const { index, params } = this.ctx
    if (term.type === 'FuncCall' && term.namespace === 'global' && term.name === 'references') {
      const ids = new Set<string>()
      for (const arg of term.args) {
        const value = staticValue(arg, params)
        if (!value) return null
        if (typeof value.value === 'string') ids.add(value.value)
        else if (Array.isArray(value.value)) for (const v of value.value) if (typeof v === 'string') ids.add(v)
      }
      return new CandidateList([...ids].map((id) => index.referencing(id)))
    }
    if (term.type !== 'OpCall' || (term.op !== '==' && term.op !== 'in')) return null
    const pairs: Array<readonly [ExprNode, ExprNode]> =
      term.op === '==' ? [[term.left, term.right], [term.right, term.left]] : [[term.left, term.right]]
    for (const [a, b] of pairs) {
      const path = attributePath(a)
      const value = staticValue(b, params)
      if (!path || !value) continue
      const lookup = this.keyLookup(path)
      if (!lookup) continue
      if (term.op === '==') return typeof value.value === 'string' ? new CandidateList([lookup(value.value)]) : null
      if (isStringList(value.value)) return new CandidateList([...new Set(value.value)].map(lookup))
    }
    return null
  }

  private keyLookup(path: string[]): ((key: string) => readonly LakeDocument[]) | null {
    const { index } = this.ctx
    const key = path.join('.')
    if (key === '_type') return (type) => index.ofType(type)
    if (key === 'slug.current') return (slug) => index.withSlug(slug)
    if (key === '_id') {
      return (id) => {
        const doc = index.get(id)
        return doc ? [doc] : []
      }
    }
    return null
  }


  /**
   * Documents whose text has a token for every indexable pattern term. When every term is indexable (letters and
   * digits, optionally a trailing `*`) this is exactly the set `match` accepts: `exact`.
   */
  private matchCandidates(
    term: ExprNode & { type: 'OpCall' },
  ): { docs: readonly LakeDocument[]; exact: boolean } | null {
    const source = textSource(term.left)
    const pattern = staticValue(term.right, this.ctx.params)
    if (!source || !pattern) return null
    const texts = typeof pattern.value === 'string' ? [pattern.value] : isStringList(pattern.value) ? pattern.value : null
    if (!texts) return null
    const terms = texts.flatMap((text) => text.replace(EDGE_CHARS, '').match(PATTERN_CHARS) ?? [])
    const usable = terms.filter((t) => INDEXABLE_TERM.test(t))
    if (usable.length === 0) return null
    const textIndex = this.ctx.index.textIndex(source)
    let ids: readonly string[] | null = null
    for (const t of usable) {
      const prefix = t.endsWith('*')
      const found = textIndex.lookup(asciiLowerCase(prefix ? t.slice(0, -1) : t), prefix)
      ids = ids ? intersectSorted(ids, found) : found
      if (ids.length === 0) break
    }
    const docs: LakeDocument[] = []
    for (const id of ids ?? []) {
      const doc = this.ctx.index.get(id)
      if (doc) docs.push(doc)
    }
    return { docs, exact: usable.length === terms.length }
  }
}
