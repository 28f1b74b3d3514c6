import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export type SeedDoc = { _id: string; _type: string; [field: string]: unknown }

export const SEED_DIR = join(__dirname, '..', '..', 'sanity', 'seed')

export function loadSeed(): SeedDoc[] {
  return readFileSync(join(SEED_DIR, 'seed.ndjson'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as SeedDoc
      } catch (error) {
        throw new Error(`seed.ndjson line ${i + 1} is not JSON: ${(error as Error).message}`)
      }
    })
}
