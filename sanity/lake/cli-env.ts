import path from 'node:path'
import { z } from 'zod'
import { resolveContentSource } from '../../lib/content/source'

const lakeEnvSchema = z.object({
  LAKE_HOST: z.string().min(1).default('127.0.0.1'),
  LAKE_DATA_DIR: z.string().min(1).default('.data/lake'),
})

export type LakeEnv = { host: string; port: number; dataDir: string; dataset: string; url: string }

/** The lake scripts' environment: LAKE_HOST, LAKE_PORT, LAKE_DATA_DIR (and SANITY_DATASET), validated once. */
export function readLakeEnv(env: Record<string, string | undefined> = process.env): LakeEnv {
  const source = resolveContentSource({ ...env, SANITY_PROJECT_ID: undefined })
  const parsed = lakeEnvSchema.safeParse(env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new Error(`Invalid lake environment: ${problems}`)
  }
  return {
    host: parsed.data.LAKE_HOST,
    port: source.lakePort!,
    dataDir: path.resolve(parsed.data.LAKE_DATA_DIR),
    dataset: source.dataset,
    url: source.apiHost!,
  }
}

/** `--name value` options after the positional arguments. */
export function parseArgs(argv: string[]): { positional: string[]; flags: Map<string, string | true> } {
  const positional: string[] = []
  const flags = new Map<string, string | true>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (!arg.startsWith('--')) {
      positional.push(arg)
      continue
    }
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined]
    if (inline !== undefined) flags.set(name, inline)
    else if (name === 'dataset' && argv[i + 1] !== undefined) flags.set(name, argv[++i]!)
    else flags.set(name, true)
  }
  return { positional, flags }
}
