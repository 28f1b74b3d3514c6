import { mkdtempSync, rmSync } from 'node:fs'
import { createClient, type SanityClient } from '@sanity/client'
import { clientConfigFor } from '@/lib/content/client-config'
import type { ContentIssue } from '@/lib/content/issues'
import { createContentLoaders, type ContentLoaders } from '@/lib/content/loaders'
import { createContentFetcher } from '@/lib/content/runner'
import { resolveContentSource } from '@/lib/content/source'
import { startLake, type RunningLake } from '@/sanity/lake/server'

export type TestContent = {
  lake: RunningLake
  client: SanityClient
  content: ContentLoaders
  /** Every warning and error the loaders reported, in order. */
  issues: ContentIssue[]
  stop(): Promise<void>
}

/** A lake on a free port, seeded from `seed` into a fresh /tmp/content-* directory, with loaders over it. */
export async function startTestContent(seed: string, now = () => new Date('2026-12-01T00:00:00Z')): Promise<TestContent> {
  const dataDir = mkdtempSync('/tmp/content-lake-')
  let lake: RunningLake
  try {
    lake = await startLake({ port: 0, dataDir, seed, quiet: true })
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true })
    throw error
  }
  const client = createClient(clientConfigFor(resolveContentSource({ LAKE_HOST: '127.0.0.1', LAKE_PORT: String(lake.port) })))
  const issues: ContentIssue[] = []
  const report = (issue: ContentIssue) => issues.push(issue)
  const content = createContentLoaders({ fetch: createContentFetcher({ client, report }), report, now })
  return {
    lake,
    client,
    content,
    issues,
    async stop() {
      await lake.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
