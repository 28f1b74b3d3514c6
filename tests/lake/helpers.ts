import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createClient, type SanityClient } from '@sanity/client'
import EventSourcePolyfill from '@sanity/eventsource'
import { type RunningLake, startLake, type StartLakeOptions } from '@/sanity/lake/server'

// The client loads its EventSource polyfill with a dynamic import(), which jest's CommonJS runtime
// refuses; with a global EventSource the client uses that instead.
const globals = globalThis as { EventSource?: unknown }
globals.EventSource ??= EventSourcePolyfill

export const FIXTURES = path.join(__dirname, 'fixtures')
export const API_VERSION = '2025-02-19'

export type TestLake = { lake: RunningLake; client: SanityClient; dataDir: string; stop(): Promise<void> }

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'lake-core-test-'))
}

export function clientFor(url: string, overrides: Record<string, unknown> = {}): SanityClient {
  return createClient({
    apiHost: url,
    useProjectHostname: false,
    projectId: 'local',
    dataset: 'production',
    apiVersion: API_VERSION,
    useCdn: false,
    ...overrides,
  })
}

/** A lake on a free port in a fresh temp dir; `stop` closes it and removes the dir. */
export async function startTestLake(options: Partial<StartLakeOptions> = {}): Promise<TestLake> {
  const dataDir = options.dataDir ?? tempDataDir()
  const lake = await startLake({ port: 0, seed: false, quiet: true, ...options, dataDir })
  return {
    lake,
    client: clientFor(lake.url),
    dataDir,
    async stop() {
      await lake.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Raw HTTP against the lake, for what the client hides (status codes, headers, error bodies). */
export async function raw(
  url: string,
  init: RequestInit = {},
): Promise<{ status: number; headers: Headers; body: unknown; text: string }> {
  const res = await fetch(url, init)
  const text = await res.text()
  let body: unknown = undefined
  try {
    body = JSON.parse(text)
  } catch {
    body = undefined
  }
  return { status: res.status, headers: res.headers, body, text }
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejection<T = Error & { statusCode?: number; details?: unknown; responseBody?: string }>(
  promise: Promise<unknown>,
): Promise<T> {
  try {
    await promise
  } catch (error) {
    return error as T
  }
  throw new Error('expected the promise to reject')
}
