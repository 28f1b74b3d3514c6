/**
 * Located content problems: which document (id and type) and which field path went wrong.
 * Pure; shared by the server fetch layer, the shaping modules and `npm run content:check`.
 */
export type ContentPath = ReadonlyArray<string | number>

export type ContentIssue = {
  severity: 'warning' | 'error'
  /** What was being loaded, e.g. `article by slug "foo"`. */
  label: string
  documentId?: string
  documentType?: string
  /** Field path relative to the document (or to the query result when no document is known). */
  path: ContentPath
  message: string
}

export function formatPath(path: ContentPath): string {
  let out = ''
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`
    else out += out === '' ? segment : `.${segment}`
  }
  return out
}

/** `article "article-foo" body[3].markDefs[0].href: Invalid url` */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.documentId ? `${issue.documentType ?? 'document'} "${issue.documentId}"` : `(${issue.label})`
  const path = formatPath(issue.path)
  return `${where}${path ? ` ${path}` : ''}: ${issue.message}`
}

/** Thrown when content cannot be shaped into what the site renders. `issues` locate every problem. */
export class ContentError extends Error {
  readonly label: string
  readonly issues: ContentIssue[]

  constructor(label: string, issues: ContentIssue[], options?: { cause?: unknown }) {
    super(`Invalid content in ${label}:\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`, options)
    this.name = 'ContentError'
    this.label = label
    this.issues = issues
  }
}

type Located = { documentId?: string; documentType?: string; path: ContentPath }

/**
 * Walks `data` along `path` and attributes the problem to the innermost document on the way (the last
 * object with an `_id`), with the rest of the path relative to it.
 */
export function locate(data: unknown, path: ContentPath, base?: { documentId?: string; documentType?: string }): Located {
  let located: Located = { ...base, path }
  let node: unknown = data
  for (let i = 0; i <= path.length; i++) {
    if (node && typeof node === 'object' && !Array.isArray(node)) {
      const id = (node as { _id?: unknown })._id
      if (typeof id === 'string') {
        const type = (node as { _type?: unknown })._type
        located = { documentId: id, documentType: typeof type === 'string' ? type : undefined, path: path.slice(i) }
      }
    }
    if (i === path.length || node === null || typeof node !== 'object') break
    node = (node as Record<string | number, unknown>)[path[i] as string | number]
  }
  return located
}
