import type { z } from 'zod'
import { ContentError, locate, type ContentIssue, type ContentPath } from './issues'

/**
 * A path pattern naming parts of a query result that may be dropped, with a warning, when they are invalid:
 * `'*'` matches any array index, e.g. `['related', '*']` (one broken related article) or `['mainImage']`
 * (an optional field). Everything else that fails validation is fatal for the whole result.
 */
export type DropRule = ReadonlyArray<string>

export type ParseResult<T> = { value: T; warnings: ContentIssue[] }

function matchLength(rule: DropRule, path: ContentPath): number {
  if (rule.length > path.length) return -1
  for (let i = 0; i < rule.length; i++) {
    const want = rule[i]
    const got = path[i]
    if (want === '*' ? typeof got !== 'number' : want !== got) return -1
  }
  return rule.length
}

/** The deepest droppable prefix of `path`, or undefined when the issue is fatal. */
function droppablePrefix(rules: readonly DropRule[], path: ContentPath): ContentPath | undefined {
  let best = -1
  for (const rule of rules) best = Math.max(best, matchLength(rule, path))
  return best > 0 ? path.slice(0, best) : undefined
}

function comparePaths(a: ContentPath, b: ContentPath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as string | number
    const y = b[i] as string | number
    if (x === y) continue
    if (typeof x === 'number' && typeof y === 'number') return x - y
    return String(x) < String(y) ? -1 : 1
  }
  return a.length - b.length
}

function removeAt(root: unknown, path: ContentPath): void {
  let parent: unknown = root
  for (const segment of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return
    parent = (parent as Record<string | number, unknown>)[segment]
  }
  const key = path[path.length - 1]
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1)
  else if (parent && typeof parent === 'object' && key !== undefined) delete (parent as Record<string | number, unknown>)[key]
}

function issueFrom(
  severity: ContentIssue['severity'],
  label: string,
  data: unknown,
  path: ContentPath,
  message: string,
): ContentIssue {
  return { severity, label, message, ...locate(data, path) }
}

/**
 * Parses a query result. Invalid parts matched by `drop` are removed element by element (each with a
 * located warning) and the rest parsed again, so one broken related article or list item never takes
 * the page down; any other problem throws a ContentError locating every issue.
 */
export function parseContent<S extends z.ZodType>(
  schema: S,
  data: unknown,
  options: { label: string; drop?: readonly DropRule[] },
): ParseResult<z.output<S>> {
  const { label, drop = [] } = options
  const warnings: ContentIssue[] = []
  // Sound content, the common case, needs no copy: parsing does not change its input.
  const first = schema.safeParse(data)
  if (first.success) return { value: first.data, warnings }
  // Dropping mutates, so work on a copy; query results are plain JSON.
  const current: unknown = data === undefined ? undefined : structuredClone(data)
  // Each round removes at least one element, so this terminates; the bound only guards against surprises.
  for (let round = 0; round < 1000; round++) {
    const result = round === 0 ? first : schema.safeParse(current)
    if (result.success) return { value: result.data, warnings }

    const fatal: ContentIssue[] = []
    const removals = new Map<string, ContentPath>()
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
      const prefix = droppablePrefix(drop, path)
      if (!prefix) {
        fatal.push(issueFrom('error', label, current, path, messageFor(issue, current, path)))
        continue
      }
      const key = JSON.stringify(prefix)
      if (!removals.has(key)) {
        removals.set(key, prefix)
        warnings.push(issueFrom('warning', label, current, path, `${messageFor(issue, current, path)} (dropped ${describe(prefix)})`))
      }
    }
    if (fatal.length > 0) throw new ContentError(label, fatal)

    // Remove nested and later elements first so the indices of the others stay valid.
    for (const path of [...removals.values()].sort((a, b) => comparePaths(b, a))) removeAt(current, path)
  }
  throw new ContentError(label, [{ severity: 'error', label, path: [], message: 'could not repair the result' }])
}

/** GROQ yields null for a missing field and for a reference (`->`) to a missing or unpublished document. */
function messageFor(issue: z.core.$ZodIssue, data: unknown, path: ContentPath): string {
  if (issue.code !== 'invalid_type' || valueAt(data, path) !== null) return issue.message
  return typeof path[path.length - 1] === 'number'
    ? 'reference to a missing or unpublished document'
    : `required value is missing (${issue.message})`
}

function valueAt(root: unknown, path: ContentPath): unknown {
  let node: unknown = root
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string | number, unknown>)[segment]
  }
  return node
}

function describe(prefix: ContentPath): string {
  const last = prefix[prefix.length - 1]
  return typeof last === 'number' ? 'the item' : `the field "${String(last)}"`
}
