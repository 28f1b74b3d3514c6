import { z } from 'zod'

/**
 * Decides where content comes from. With SANITY_PROJECT_ID set the app talks to hosted Sanity;
 * otherwise to the project's own local content lake on loopback. Pure and free of `server-only`
 * so the lake scripts and the Studio configuration can share it.
 */
export const DEFAULT_API_VERSION = '2025-02-19'
export const LOCAL_PROJECT_ID = 'local'
export const DEFAULT_DATASET = 'production'
export const DEFAULT_LAKE_PORT = 3333

const sourceEnvSchema = z.object({
  SANITY_PROJECT_ID: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'SANITY_PROJECT_ID must be lowercase letters, digits and dashes')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SANITY_DATASET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'SANITY_DATASET must be a valid dataset name')
    .default(DEFAULT_DATASET),
  SANITY_API_VERSION: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'SANITY_API_VERSION must be a date like 2025-02-19')
    .default(DEFAULT_API_VERSION),
  LAKE_HOST: z.string().default('127.0.0.1'),
  LAKE_PORT: z.coerce.number().int().min(1).max(65535).default(DEFAULT_LAKE_PORT),
})

export type ContentSource = {
  kind: 'hosted' | 'local'
  projectId: string
  dataset: string
  apiVersion: string
  /** Only for the local lake: the base URL the client talks to. */
  apiHost?: string
  useProjectHostname: boolean
  lakePort?: number
}

export function resolveContentSource(env: Record<string, string | undefined> = process.env): ContentSource {
  const parsed = sourceEnvSchema.safeParse(env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new Error(`Invalid content source configuration: ${problems}`)
  }
  const e = parsed.data
  if (e.SANITY_PROJECT_ID) {
    return {
      kind: 'hosted',
      projectId: e.SANITY_PROJECT_ID,
      dataset: e.SANITY_DATASET,
      apiVersion: e.SANITY_API_VERSION,
      useProjectHostname: true,
    }
  }
  return {
    kind: 'local',
    projectId: LOCAL_PROJECT_ID,
    dataset: e.SANITY_DATASET,
    apiVersion: e.SANITY_API_VERSION,
    apiHost: `http://${e.LAKE_HOST}:${e.LAKE_PORT}`,
    useProjectHostname: false,
    lakePort: e.LAKE_PORT,
  }
}
