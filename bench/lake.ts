// Lake benchmark: synthetic datasets of 5,000 and 20,000 articles loaded into a real lake (startLake, in-process),
// queried through the unmodified @sanity/client; latencies next to the trivial query `1` measured in the same run.
// Also the engine alone, with and without the planner, to show what the planner buys.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createClient, type SanityClient } from '@sanity/client'
import { type LakeDocument, QueryEngine } from '../sanity/lake/engine/query-engine'
import { startLake } from '../sanity/lake/server'
import { generateSyntheticDataset } from '../sanity/seed/synthetic'

const SIZES = [5_000, 20_000]
const ITERATIONS = 40
const BRUTE_ITERATIONS = 3

const ARTICLE_BY_SLUG = `*[_type == "article" && slug.current == $slug][0]{
  _id, title, slug, standfirst, publishedAt, updatedAt, body, corrections, seo,
  "authors": authors[]->{_id, name, slug, role},
  "topics": topics[]->{_id, title, slug},
  "related": related[]->{_id, title, slug, publishedAt, standfirst}
}`
const LATEST = `*[_type == "article" && defined(slug.current)] | order(publishedAt desc)[0...20]{
  _id, title, slug, standfirst, publishedAt, "authors": authors[]->{name, slug}, "topics": topics[]->{title, slug}
}`
const TOPIC_PAGE = `*[_type == "article" && references(*[_type == "topic" && slug.current == $topic][0]._id)]
  | order(publishedAt desc)[0...20]{_id, title, slug, standfirst, publishedAt}`
// The topic page with the topic id already resolved: what brute force can run without the quadratic trap.
const TOPIC_PAGE_BY_ID = `*[_type == "article" && references($topicId)]
  | order(publishedAt desc)[0...20]{_id, title, slug, standfirst, publishedAt}`
const SEARCH = `*[_type == "article" && pt::text(body) match $q]
  | score(pt::text(body) match $q) | order(_score desc)[0...10]{_id, title, slug, _score}`
const SEARCH_TERMS = ['Nairobi', 'Tallinn treaty', 'Jakarta', 'Kyiv sanctions', 'Lima', 'Oslo', 'Hanoi', 'Doha alliance']

type Case = {
  name: string
  query: string
  /** Params for iteration i; `cached` repeats one set, so every request after the first is a cache hit. */
  params: (i: number) => Record<string, unknown>
  targetMs?: number
}

export type LakeBenchRow = {
  articles: number
  name: string
  p50: number
  p95: number
  /** The `ms` the lake reports for evaluating the query (no HTTP). */
  serverP50?: number
  target: string
  verdict: string
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1) + 0.5))]!
}

async function measure(run: (i: number) => Promise<unknown> | unknown, iterations: number): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i < iterations; i++) {
    const start = performance.now()
    await run(i)
    samples.push(performance.now() - start)
  }
  return samples
}

/** Round trips through the client, plus the evaluation time the lake reports in each response. */
async function measureFetch(
  client: SanityClient,
  query: string,
  params: (i: number) => Record<string, unknown>,
  iterations: number,
): Promise<{ samples: number[]; server: number[] }> {
  const server: number[] = []
  const samples = await measure(async (i) => {
    const response = await client.fetch(query, params(i), { filterResponse: false })
    server.push(response.ms)
  }, iterations)
  return { samples, server }
}

function casesFor(docs: LakeDocument[]): Case[] {
  const slugs = docs
    .filter((d) => d._type === 'article')
    .map((d) => (d.slug as { current: string }).current)
  const topics = docs.filter((d) => d._type === 'topic').map((d) => (d.slug as { current: string }).current)
  // Spread over the dataset; a different article per request so nothing is served from the cache.
  const slugAt = (i: number) => slugs[(i * 7919) % slugs.length]!
  return [
    { name: 'article by slug + refs', query: ARTICLE_BY_SLUG, params: (i) => ({ slug: slugAt(i) }), targetMs: 5 },
    { name: '20 latest articles', query: LATEST, params: (i) => ({ nonce: i }), targetMs: 10 },
    { name: 'topic page (slug subquery)', query: TOPIC_PAGE, params: (i) => ({ topic: topics[i % topics.length], nonce: i }) },
    { name: 'body full-text search', query: SEARCH, params: (i) => ({ q: SEARCH_TERMS[i % SEARCH_TERMS.length], nonce: i }) },
  ]
}

function clientFor(url: string): SanityClient {
  return createClient({
    projectId: 'local',
    dataset: 'production',
    apiVersion: '2025-02-19',
    apiHost: url,
    useProjectHostname: false,
    useCdn: false,
  })
}

async function benchSize(articles: number, rows: LakeBenchRow[], log: (line: string) => void): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lake-engine-bench-'))
  try {
    let started = performance.now()
    const docs = generateSyntheticDataset({ articles, seed: 1 })
    const seed = path.join(dir, 'seed.ndjson')
    fs.writeFileSync(seed, docs.map((d) => JSON.stringify(d)).join('\n') + '\n')
    log(`${articles} articles: generated ${docs.length} documents in ${Math.round(performance.now() - started)} ms`)

    started = performance.now()
    const lake = await startLake({ port: 0, host: '127.0.0.1', dataDir: path.join(dir, 'data'), seed, quiet: true })
    log(`${articles} articles: lake started and seeded in ${Math.round(performance.now() - started)} ms`)
    try {
      const client = clientFor(lake.url)
      const cases = casesFor(docs)
      // Warm up: the first query of a perspective builds its view, the first ordered/text query its index;
      // then a few rounds so the server and client code paths are compiled before anything is timed.
      started = performance.now()
      for (let round = 0; round < 5; round++) {
        for (const c of cases) await client.fetch(c.query, c.params(10_000 + round))
        for (let i = 0; i < 10; i++) await client.fetch('1')
      }
      log(`${articles} articles: warm-up (views and indexes built) in ${Math.round(performance.now() - started)} ms`)

      const trivial = await measureFetch(client, '1', () => ({}), ITERATIONS * 2)
      const trivialP50 = percentile(trivial.samples, 0.5)
      rows.push({
        articles, name: 'trivial `1` (round trip)', p50: trivialP50, p95: percentile(trivial.samples, 0.95),
        serverP50: percentile(trivial.server, 0.5), target: '', verdict: '',
      })
      for (const c of cases) {
        const uncached = await measureFetch(client, c.query, (i) => c.params(i + 1), ITERATIONS)
        const p50 = percentile(uncached.samples, 0.5)
        rows.push({
          articles, name: `${c.name}, uncached`, p50, p95: percentile(uncached.samples, 0.95),
          serverP50: percentile(uncached.server, 0.5),
          target: c.targetMs ? `p50 < ${c.targetMs} ms` : '',
          verdict: c.targetMs ? (p50 < c.targetMs ? 'PASS' : 'MISS') : '',
        })
      }
      for (const c of cases) {
        const params = c.params(0)
        const cached = await measureFetch(client, c.query, () => params, ITERATIONS)
        const p50 = percentile(cached.samples, 0.5)
        const limit = trivialP50 + 0.5
        rows.push({
          articles, name: `${c.name}, cached`, p50, p95: percentile(cached.samples, 0.95),
          serverP50: percentile(cached.server, 0.5),
          target: `p50 < trivial + 0.5 = ${limit.toFixed(2)} ms`,
          verdict: p50 < limit ? 'PASS' : 'MISS',
        })
      }
    } finally {
      await lake.close()
    }

    // The engine alone (no HTTP), planner on and off; few iterations for brute force, it is slow.
    const planned = new QueryEngine(docs, { cacheSize: 1 })
    const brute = new QueryEngine(docs, { planner: false, cacheSize: 1 })
    planned.query('1', {}, 'published')
    brute.query('1', {}, 'published')
    const cases = casesFor(docs).map((c) =>
      c.query === TOPIC_PAGE
        ? {
            ...c,
            name: 'topic page (id resolved)',
            query: TOPIC_PAGE_BY_ID,
            params: (i: number) => ({ topicId: `topic-${String(i % 24).padStart(3, '0')}`, nonce: i }),
          }
        : c,
    )
    for (const c of cases) {
      planned.query(c.query, c.params(0), 'published')
      const withPlanner = await measure((i) => planned.query(c.query, c.params(i + 1), 'published'), ITERATIONS)
      const bruteForce = await measure((i) => brute.query(c.query, c.params(i + 1), 'published'), BRUTE_ITERATIONS)
      log(
        `${articles} articles, engine only: ${c.name.padEnd(28)} planner p50 ${percentile(withPlanner, 0.5).toFixed(2)} ms` +
          ` | brute force p50 ${percentile(bruteForce, 0.5).toFixed(1)} ms (${BRUTE_ITERATIONS} runs)`,
      )
    }
    log(`${articles} articles, engine only: topic page with the slug subquery, brute force: quadratic, not run`)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

export function formatLakeTable(rows: LakeBenchRow[]): string {
  const header = ['articles', 'query', 'p50 ms', 'p95 ms', 'lake ms p50', 'target', '']
  const lines = rows.map((r) => [
    String(r.articles), r.name, r.p50.toFixed(2), r.p95.toFixed(2), r.serverP50?.toFixed(3) ?? '', r.target, r.verdict,
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)))
  const format = (cells: string[]) =>
    cells.map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ')
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join('\n')
}

/** Runs the lake benchmark; returns false when a target was missed. */
export async function runLakeBench(log: (line: string) => void = console.log): Promise<boolean> {
  const rows: LakeBenchRow[] = []
  for (const articles of SIZES) await benchSize(articles, rows, log)
  log('')
  log(formatLakeTable(rows))
  log(`(load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; ${os.cpus().length} cores)`)
  return rows.every((r) => r.verdict !== 'MISS')
}
