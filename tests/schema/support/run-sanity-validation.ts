import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

export type Marker = { level: 'error' | 'warning' | 'info'; path: string; message: string }
export type ValidationRun = {
  schemaProblems: { path: string; messages: string[] }[]
  referenceTargets: Record<string, string[]>
  orderings: string[]
  articlePreview: { title?: string; subtitle?: string; media?: unknown }
  results: { id: string; markers: Marker[] }[]
}
export type TestDocument = { _id: string; _type: string; [field: string]: unknown }

const ROOT = join(__dirname, '..', '..', '..')

/** Runs Sanity's validateDocument in a tsx child process (see validate-with-sanity.ts). */
export function runSanityValidation(documents: TestDocument[], dataset?: TestDocument[]): ValidationRun {
  const child = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(__dirname, 'validate-with-sanity.ts')], {
    cwd: ROOT,
    input: JSON.stringify({ documents, dataset }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_ENV: 'test' },
  })
  if (child.status !== 0) throw new Error(`Sanity validation harness failed (${child.status}): ${child.stderr}`)
  return JSON.parse(child.stdout) as ValidationRun
}

/** ["body",{"_key":"a"},"markDefs",{"_key":"b"},"href"] → "body[a].markDefs[b].href" */
export function formatPath(jsonPath: string): string {
  const path = JSON.parse(jsonPath) as (string | number | { _key: string })[]
  return path
    .map((segment, i) =>
      typeof segment === 'string' ? `${i === 0 ? '' : '.'}${segment}` : typeof segment === 'number' ? `[${segment}]` : `[${segment._key}]`,
    )
    .join('')
}

export function errorPaths(markers: Marker[]): string[] {
  return markers.filter((m) => m.level === 'error').map((m) => formatPath(m.path))
}
