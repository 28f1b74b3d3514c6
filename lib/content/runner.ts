import type { z } from 'zod'
import type { ContentTag } from './cache-tags'
import { ContentError, formatIssue, type ContentIssue } from './issues'
import { parseContent, type DropRule } from './parse'

/** One query with everything needed to run, cache and validate it. */
export type ContentQuery<S extends z.ZodType> = {
  query: string
  params?: Record<string, unknown>
  schema: S
  /** Cache tags (cache-tags.ts): every tag whose change must refresh this result. */
  tags: readonly ContentTag[]
  /** Names what is loaded in messages, e.g. `article "foo"`. */
  label: string
  /** Parts of the result that may be dropped with a warning instead of failing it (parse.ts). */
  drop?: readonly DropRule[]
}

/** Runs a query and parses its result; null when the query found no document. */
export type ContentFetcher = <S extends z.ZodType>(query: ContentQuery<S>) => Promise<z.output<S> | null>

export type IssueReporter = (issue: ContentIssue) => void

/** The part of `@sanity/client` the runner needs (so tests and scripts can pass their own client). */
export type QueryClient = {
  fetch: (query: string, params: Record<string, unknown>, options: Record<string, unknown>) => Promise<unknown>
}

/**
 * Builds a ContentFetcher over a client: every result is parsed (nothing unparsed leaves lib/content),
 * warnings for dropped parts go to `report`, and invalid content throws a located ContentError (also reported).
 */
export function createContentFetcher(options: {
  client: QueryClient
  report: IssueReporter
  /** Extra request options per query, e.g. Next.js caching. */
  requestOptions?: (query: ContentQuery<z.ZodType>) => Record<string, unknown>
}): ContentFetcher {
  const { client, report, requestOptions } = options
  return async function fetchContent<S extends z.ZodType>(query: ContentQuery<S>): Promise<z.output<S> | null> {
    const raw = await client.fetch(query.query, query.params ?? {}, requestOptions?.(query) ?? {})
    if (raw === null || raw === undefined) return null
    try {
      const { value, warnings } = parseContent(query.schema, raw, { label: query.label, drop: query.drop })
      warnings.forEach(report)
      return value
    } catch (error) {
      if (error instanceof ContentError) error.issues.forEach(report)
      throw error
    }
  }
}

/** The default reporter: located one-line messages on the server console. */
export function logContentIssue(issue: ContentIssue): void {
  const line = `[content] ${issue.label}: ${formatIssue(issue)}`
  if (issue.severity === 'error') console.error(line)
  else console.warn(line)
}
