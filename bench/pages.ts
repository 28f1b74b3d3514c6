// Reader-page bench against the PRODUCTION build (.next behind `npm start`'s site server), three parts:
// 1. throughput and latency of a prerendered article page at 32 connections (autocannon), identity and gzip, next to a
//    baseline of the same bytes served by the same server from public/ (no rendering at all);
// 2. cold render (cache miss) of article pages with 20,000 synthetic articles in the lake;
// 3. the JavaScript the article page ships on first load, split into the framework's and the site's own.
import autocannon, { type AutocannonResult } from 'autocannon'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import type { LakeDocument } from '../sanity/lake/engine/query-engine'
import { DEFAULT_SEED, startLake, type RunningLake } from '../sanity/lake/server'
import { generateSyntheticDataset } from '../sanity/seed/synthetic'
import {
  buildProduction,
  freeBenchPort,
  hasProductionBuild,
  ROOT,
  snapshotRuntimeCaches,
  startNext,
  type NextServer,
} from './servers'

const CONNECTIONS = 32
const WARMUP_S = 2
const DURATION_S = 10
const THROUGHPUT_TARGET = 0.9
const SYNTHETIC_ARTICLES = 20_000
// A cold render is a cache miss on a server that has been serving: the first misses after a start also pay for
// V8 compiling the render path, so they are measured apart (context) before the samples that carry the target.
const COLD_WARMUP = 30
const COLD_SAMPLES = 100
const COLD_TARGET_MS = 50
const ISLANDS_TARGET_BYTES = 15 * 1024
const BASELINE_FILE = path.join(ROOT, 'public', 'bench', 'article.html')
const BASELINE_PATH = '/bench/article.html'

type Response = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; ms: number }

/** A GET with exactly the headers given (fetch would add Accept-Encoding and decode the body). */
function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), ms: performance.now() - started }),
      )
      res.on('error', reject)
    })
    req.setTimeout(30_000, () => req.destroy(new Error(`GET ${url} timed out`)))
    req.on('error', reject)
  })
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1) + 0.5))]!
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const gzip9 = (data: Buffer) => zlib.gzipSync(data, { level: 9 }).length
const loadavg = () => os.loadavg().map((l) => l.toFixed(1)).join(' ')

/**
 * CPU time counters from /proc/stat (Linux): `steal` is time the hypervisor gave to other guests while this one
 * wanted to run. On a shared 2-core VM it is what makes the same code measure slower in one run than in the next.
 */
function cpuCounters(): { steal: number; total: number } | null {
  try {
    const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1, 9).map(Number)
    return { steal: fields[7] ?? 0, total: fields.reduce((sum, n) => sum + n, 0) }
  } catch {
    return null
  }
}

/** Steal since `from` as a share of all CPU time, e.g. "steal 0.3%"; empty where /proc/stat is unavailable. */
function stealSince(from: ReturnType<typeof cpuCounters>): string {
  const now = cpuCounters()
  if (!from || !now || now.total === from.total) return ''
  return `; CPU steal ${((100 * (now.steal - from.steal)) / (now.total - from.total)).toFixed(1)}%`
}

function table(header: string[], rows: string[][], rightAligned: number[] = []): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const format = (cells: string[]) =>
    cells.map((c, i) => (rightAligned.includes(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd()
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(format)].join('\n')
}

function readNdjson(file: string): LakeDocument[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LakeDocument)
}

const slugOf = (doc: LakeDocument) => (doc.slug as { current?: string } | undefined)?.current

function publishedArticleSlugs(docs: LakeDocument[]): string[] {
  return docs
    .filter((d) => d._type === 'article' && !d._id.startsWith('drafts.') && slugOf(d))
    .sort((a, b) => String(b.publishedAt ?? '').localeCompare(String(a.publishedAt ?? '')))
    .map((d) => slugOf(d)!)
}

/** What the summary table shows: one line per figure, with its target and verdict when it has one. */
type Verdict = { measure: string; figure: string; target: string; verdict: 'PASS' | 'MISS' | '' }

/** Servers and lakes the bench started; stopAll() stops every one still running, whatever happened. */
class Running {
  private readonly stops = new Map<NextServer | RunningLake, () => Promise<void>>()
  add<T extends NextServer | RunningLake>(thing: T): T {
    this.stops.set(thing, 'stop' in thing ? () => thing.stop() : () => thing.close())
    return thing
  }
  async stop(thing: NextServer | RunningLake): Promise<void> {
    const stop = this.stops.get(thing)
    this.stops.delete(thing)
    await stop?.()
  }
  async stopAll(): Promise<void> {
    for (const thing of [...this.stops.keys()].reverse()) await this.stop(thing).catch(() => undefined)
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Part 1: throughput against the no-rendering baseline

type LoadCase = { name: string; path: string; encoding: 'identity' | 'gzip' }
type LoadResult = LoadCase & { rps: number; p50: number; p99: number; bytesPerResponse: number; bad: number }

async function load(baseUrl: string, c: LoadCase, durationS: number): Promise<AutocannonResult> {
  return autocannon({
    url: baseUrl + c.path,
    connections: CONNECTIONS,
    duration: durationS,
    headers: c.encoding === 'gzip' ? { 'accept-encoding': 'gzip' } : {},
  })
}

async function throughput(baseUrl: string, articlePath: string, log: (line: string) => void): Promise<LoadResult[]> {
  // Each page run sits next to its baseline run, so both see the same background load.
  const cases: LoadCase[] = [
    { name: 'article page', path: articlePath, encoding: 'identity' },
    { name: 'baseline (public file)', path: BASELINE_PATH, encoding: 'identity' },
    { name: 'article page', path: articlePath, encoding: 'gzip' },
    { name: 'baseline (public file)', path: BASELINE_PATH, encoding: 'gzip' },
  ]
  const results: LoadResult[] = []
  for (const c of cases) {
    await load(baseUrl, c, WARMUP_S)
    const r = await load(baseUrl, c, DURATION_S)
    const completed = r.requests.total ?? 0
    results.push({
      ...c,
      rps: r.requests.average,
      p50: r.latency.p50 ?? NaN,
      p99: r.latency.p99 ?? NaN,
      bytesPerResponse: completed > 0 ? (r.throughput.total ?? 0) / completed : 0,
      bad: r.non2xx + r.errors + r.timeouts,
    })
    log(`  ${c.name}, ${c.encoding}: ${r.requests.average.toFixed(0)} req/s (load average ${loadavg()})`)
  }
  return results
}

function cacheStatus(headers: http.IncomingHttpHeaders): { cached: boolean; text: string } {
  const cache = headers['x-nextjs-cache']
  const prerender = headers['x-nextjs-prerender']
  const text = [
    cache ? `x-nextjs-cache: ${String(cache)}` : 'no x-nextjs-cache',
    prerender ? `x-nextjs-prerender: ${String(prerender)}` : '',
    headers['cache-control'] ? `cache-control: ${headers['cache-control']}` : '',
  ]
    .filter(Boolean)
    .join('; ')
  return { cached: cache === 'HIT' || cache === 'STALE' || prerender === '1', text }
}

// ---------------------------------------------------------------------------------------------------------------
// Part 3: first-load JavaScript

type Script = { src: string; noModule: boolean }

function scriptsOf(html: string): Script[] {
  const seen = new Map<string, Script>()
  for (const match of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attributes = match[1]!
    const src = /\bsrc="([^"]+)"/i.exec(attributes)?.[1]
    if (src && !seen.has(src)) seen.set(src, { src: src.replace(/&amp;/g, '&'), noModule: /\bnomodule\b/i.test(attributes) })
  }
  return [...seen.values()]
}

/** The framework's own chunks by the build's manifest: the runtime every route loads, and the polyfills. */
function frameworkChunks(): Set<string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, '.next', 'build-manifest.json'), 'utf8')) as {
    rootMainFiles?: string[]
    polyfillFiles?: string[]
  }
  return new Set([...(manifest.rootMainFiles ?? []), ...(manifest.polyfillFiles ?? [])].map((f) => `/_next/${f}`))
}

type ScriptSize = Script & { raw: number; gzip: number }

async function sizes(baseUrl: string, scripts: Script[]): Promise<ScriptSize[]> {
  const out: ScriptSize[] = []
  for (const s of scripts) {
    const res = await get(new URL(s.src, baseUrl).href)
    if (res.status !== 200) throw new Error(`${s.src}: HTTP ${res.status}`)
    out.push({ ...s, raw: res.body.length, gzip: gzip9(res.body) })
  }
  return out
}

const sum = (list: ScriptSize[], key: 'raw' | 'gzip') => list.reduce((total, s) => total + s[key], 0)

async function javascript(
  baseUrl: string,
  articleHtml: string,
  log: (line: string) => void,
): Promise<{ islandsGzip: number; verdicts: Verdict[] }> {
  // Two segments no route matches: the build's static not-found page (one segment would render /[slug]'s 404).
  const notFound = await get(`${baseUrl}/bench-missing/page`)
  const framework = frameworkChunks()
  const article = await sizes(baseUrl, scriptsOf(articleHtml))
  const notFoundSrcs = new Set(scriptsOf(notFound.body.toString('utf8')).map((s) => s.src))
  const modern = article.filter((s) => !s.noModule)
  const groups = {
    framework: modern.filter((s) => framework.has(s.src)),
    layout: modern.filter((s) => !framework.has(s.src) && notFoundSrcs.has(s.src)),
    articleOnly: modern.filter((s) => !framework.has(s.src) && !notFoundSrcs.has(s.src)),
    noModule: article.filter((s) => s.noModule),
  }
  const islands = [...groups.layout, ...groups.articleOnly]
  const row = (name: string, list: ScriptSize[]) => [name, String(list.length), kb(sum(list, 'raw')), kb(sum(list, 'gzip'))]
  log('')
  // The framework is what the build manifest says every route loads (the turbopack runtime, React, the router);
  // everything else the page loads is the site's own client code, split by whether the 404 page loads it too.
  log(`First-load JavaScript of the article page (<script src> in the served HTML; gzip = zlib level 9):`)
  log(
    table(
      ['chunks', 'files', 'raw', 'gzip'],
      [
        row('framework (build-manifest rootMainFiles)', groups.framework),
        row('site: shared with the 404 page (root layout)', groups.layout),
        row('site: article page only', groups.articleOnly),
        row('site islands total (page minus framework)', islands),
        row('all modern first-load JS', modern),
        row('nomodule polyfills (legacy browsers only)', groups.noModule),
      ],
      [1, 2, 3],
    ),
  )
  if (notFound.status !== 404) log(`  note: the not-found probe answered ${notFound.status}, not 404`)
  for (const s of islands) log(`  island chunk ${s.src}: ${kb(s.raw)} raw, ${kb(s.gzip)} gzip`)
  const islandsGzip = sum(islands, 'gzip')
  return {
    islandsGzip,
    verdicts: [
      {
        measure: 'article JS beyond the framework (gzip)',
        figure:
          `${kb(islandsGzip)} = ${kb(sum(groups.layout, 'gzip'))} root-layout islands (also on the 404 page) ` +
          `+ ${kb(sum(groups.articleOnly, 'gzip'))} article-only`,
        target: `< ${kb(ISLANDS_TARGET_BYTES)}`,
        verdict: islandsGzip < ISLANDS_TARGET_BYTES ? 'PASS' : 'MISS',
      },
      { measure: 'framework JS (gzip)', figure: kb(sum(groups.framework, 'gzip')), target: '', verdict: '' },
    ],
  }
}

// ---------------------------------------------------------------------------------------------------------------

async function partOne(
  running: Running,
  tmp: string,
  lakePort: number,
  articlePath: string,
  log: (line: string) => void,
): Promise<Verdict[]> {
  const dataDir = path.join(tmp, 'app-data')
  const logPath = path.join(tmp, 'next-seed.log')
  // public/ is listed when the server starts: fetch the page as served, write the baseline, then start the server measured.
  const probe = running.add(await startNext({ lakePort, dataDir, logPath }))
  const served = await get(probe.url + articlePath)
  await running.stop(probe)
  if (served.status !== 200) throw new Error(`${articlePath} answered ${served.status}; see ${logPath}`)
  fs.mkdirSync(path.dirname(BASELINE_FILE), { recursive: true })
  fs.writeFileSync(BASELINE_FILE, served.body)

  const next = running.add(await startNext({ lakePort, dataDir, logPath }))
  log(`site server (npm start: production build behind the full-page cache, seed lake) at ${next.url}`)
  await get(next.url + articlePath)
  const page = await get(next.url + articlePath)
  const pageGzip = await get(next.url + articlePath, { 'accept-encoding': 'gzip' })
  const baseline = await get(next.url + BASELINE_PATH)
  const baselineGzip = await get(next.url + BASELINE_PATH, { 'accept-encoding': 'gzip' })
  if (baseline.status !== 200) throw new Error(`${BASELINE_PATH} answered ${baseline.status}`)
  const cache = cacheStatus(page.headers)
  log(`article ${articlePath}: ${cache.text}`)
  log(
    `  content-encoding with Accept-Encoding gzip: page ${pageGzip.headers['content-encoding'] ?? 'none'}, ` +
      `baseline ${baselineGzip.headers['content-encoding'] ?? 'none'}; ` +
      `page bytes ${page.body.equals(baseline.body) ? 'identical to' : 'DIFFER from'} the baseline file`,
  )

  log(`autocannon: ${CONNECTIONS} connections, ${WARMUP_S} s warm-up + ${DURATION_S} s measured per row`)
  const results = await throughput(next.url, articlePath, log)
  const js = await javascript(next.url, page.body.toString('utf8'), log)
  await running.stop(next)

  // For context, not a target: the same page from plain `next start`, without the site server's page cache.
  const plain = running.add(await startNext({ lakePort, dataDir, logPath, server: 'next start' }))
  await get(plain.url + articlePath)
  await load(plain.url, { name: 'article page', path: articlePath, encoding: 'identity' }, WARMUP_S)
  const plainRun = await load(plain.url, { name: 'article page', path: articlePath, encoding: 'identity' }, DURATION_S)
  await running.stop(plain)
  log(`  article page from plain next start (no page cache), identity: ${plainRun.requests.average.toFixed(0)} req/s (load average ${loadavg()})`)

  const baselineOf = (encoding: string) => results.find((r) => r.path === BASELINE_PATH && r.encoding === encoding)!
  log('')
  log(
    table(
      ['request', 'encoding', 'req/s', 'p50 ms', 'p99 ms', 'bytes/resp', 'non-2xx+err', 'target', ''],
      results.map((r) => {
        const base = baselineOf(r.encoding)
        const isPage = r.path !== BASELINE_PATH
        const ratio = r.rps / base.rps
        return [
          isPage ? `${r.name} ${r.path}` : `${r.name} ${r.path}`,
          r.encoding,
          r.rps.toFixed(0),
          r.p50.toFixed(1),
          r.p99.toFixed(1),
          r.bytesPerResponse.toFixed(0),
          String(r.bad),
          isPage ? `>= ${(THROUGHPUT_TARGET * 100).toFixed(0)}% of baseline (${(THROUGHPUT_TARGET * base.rps).toFixed(0)})` : '',
          isPage ? `${ratio >= THROUGHPUT_TARGET && r.bad === 0 ? 'PASS' : 'MISS'} (${(ratio * 100).toFixed(0)}%)` : '',
        ]
      }),
      [2, 3, 4, 5, 6],
    ),
  )

  const verdicts: Verdict[] = results
    .filter((r) => r.path !== BASELINE_PATH)
    .map((r) => {
      const ratio = r.rps / baselineOf(r.encoding).rps
      return {
        measure: `article page throughput, ${r.encoding}`,
        figure: `${r.rps.toFixed(0)} req/s = ${(ratio * 100).toFixed(0)}% of baseline; p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms`,
        target: `>= ${(THROUGHPUT_TARGET * 100).toFixed(0)}% of baseline`,
        verdict: ratio >= THROUGHPUT_TARGET && r.bad === 0 ? 'PASS' : 'MISS',
      }
    })
  verdicts.push(
    {
      measure: 'article page from plain `next start`, no gzip',
      figure:
        `${plainRun.requests.average.toFixed(0)} req/s = ${((100 * plainRun.requests.average) / baselineOf('identity').rps).toFixed(0)}% of baseline; ` +
        `p50 ${(plainRun.latency.p50 ?? NaN).toFixed(1)} ms (context: what the site server's page cache adds)`,
      target: '',
      verdict: '',
    },
    {
      measure: 'article page served from the full-route cache',
      figure: cache.text,
      target: 'x-nextjs-cache HIT or prerender',
      verdict: cache.cached ? 'PASS' : 'MISS',
    },
    {
      measure: 'article HTML size',
      figure: `${kb(page.body.length)} raw, ${kb(pageGzip.body.length)} served gzip, ${kb(gzip9(page.body))} gzip -9`,
      target: '',
      verdict: '',
    },
    ...js.verdicts,
  )
  return verdicts
}

async function partTwo(running: Running, tmp: string, log: (line: string) => void): Promise<Verdict[]> {
  const started = performance.now()
  const seedDocs = readNdjson(DEFAULT_SEED)
  const settings = seedDocs.filter((d) => d._type === 'siteSettings' || d._type === 'consentSettings')
  const docs = [...settings, ...generateSyntheticDataset({ articles: SYNTHETIC_ARTICLES, seed: 1 })]
  const seedFile = path.join(tmp, 'synthetic.ndjson')
  // The settings name their images as `file://./images/...`, relative to the NDJSON file.
  fs.symlinkSync(path.join(path.dirname(DEFAULT_SEED), 'images'), path.join(tmp, 'images'))
  fs.writeFileSync(seedFile, docs.map((d) => JSON.stringify(d)).join('\n') + '\n')
  const lake = running.add(
    await startLake({
      port: await freeBenchPort(),
      host: '127.0.0.1',
      dataDir: path.join(tmp, 'lake-synthetic'),
      seed: seedFile,
      quiet: true,
    }),
  )
  log(
    `lake with ${SYNTHETIC_ARTICLES} synthetic articles (+ the seed's siteSettings, consentSettings) ready in ` +
      `${Math.round(performance.now() - started)} ms`,
  )
  const next = running.add(
    await startNext({ lakePort: lake.port, dataDir: path.join(tmp, 'app-data-synthetic'), logPath: path.join(tmp, 'next-synthetic.log') }),
  )
  log(`site server (production build, synthetic lake) at ${next.url}`)

  // Synthetic slugs are not in the build's prerendered set, so each first request renders on demand.
  const prerendered = new Set(publishedArticleSlugs(seedDocs))
  const slugs = publishedArticleSlugs(docs).filter((s) => !prerendered.has(s))
  const pick = (i: number) => slugs[(i * 7919) % slugs.length]!
  const first = await get(`${next.url}/articles/${pick(0)}`)
  if (first.status !== 200) throw new Error(`first /articles/${pick(0)} answered ${first.status}; see ${next.logPath}`)

  const cacheHeaders = new Map<string, number>()
  const coldRender = async (i: number): Promise<number> => {
    const slug = pick(i)
    const res = await get(`${next.url}/articles/${slug}`)
    if (res.status !== 200 || !res.body.includes(slug)) throw new Error(`/articles/${slug} answered ${res.status}`)
    const key = String(res.headers['x-nextjs-cache'] ?? 'none')
    // A hit is no cold render: a cache left in .next by an earlier run that did not clean up.
    if (key === 'HIT' || key === 'STALE') throw new Error(`/articles/${slug}: x-nextjs-cache ${key}, not a cold render`)
    cacheHeaders.set(key, (cacheHeaders.get(key) ?? 0) + 1)
    return res.ms
  }
  const afterStart: number[] = []
  for (let i = 1; i <= COLD_WARMUP; i++) afterStart.push(await coldRender(i))
  const samples: number[] = []
  const counters = cpuCounters()
  for (let i = COLD_WARMUP + 1; i <= COLD_WARMUP + COLD_SAMPLES; i++) samples.push(await coldRender(i))
  const steal = stealSince(counters)
  const again = await get(`${next.url}/articles/${pick(COLD_WARMUP + 1)}`)
  await running.stop(next)
  await running.stop(lake)

  const p50 = percentile(samples, 0.5)
  const spread = (ms: number[]) =>
    `p50 ${percentile(ms, 0.5).toFixed(1)} ms, p90 ${percentile(ms, 0.9).toFixed(1)} ms, ` +
    `min ${Math.min(...ms).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms`
  log(`first render after the server started (loads the route's modules): ${first.ms.toFixed(0)} ms`)
  log(`the next ${COLD_WARMUP} cold renders (V8 still compiling the render path): ${spread(afterStart)}`)
  log(
    `then ${COLD_SAMPLES} cold renders, distinct slugs, sequential: ${spread(samples)} ` +
      `(x-nextjs-cache: ${[...cacheHeaders].map(([k, n]) => `${k} ×${n}`).join(', ')}; load average ${loadavg()}${steal})`,
  )
  log(`  the same slug again: ${again.ms.toFixed(1)} ms, x-nextjs-cache ${String(again.headers['x-nextjs-cache'] ?? 'none')}`)
  return [
    {
      measure: `cold render p50, ${SYNTHETIC_ARTICLES.toLocaleString('en')} articles`,
      figure:
        `${p50.toFixed(1)} ms (p90 ${percentile(samples, 0.9).toFixed(1)} ms, n=${COLD_SAMPLES}, after ${COLD_WARMUP + 1} misses; ` +
        `the ${COLD_WARMUP} just after the start: p50 ${percentile(afterStart, 0.5).toFixed(1)} ms${steal})`,
      target: `< ${COLD_TARGET_MS} ms`,
      verdict: p50 < COLD_TARGET_MS ? 'PASS' : 'MISS',
    },
  ]
}

/** Runs the reader-page bench; returns false when a target was missed. */
export async function runPagesBench(log: (line: string) => void = console.log): Promise<boolean> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pages-bench-'))
  const running = new Running()
  let caches: ReturnType<typeof snapshotRuntimeCaches> | undefined
  const cleanup = async () => {
    await running.stopAll()
    const removed = caches?.restore() ?? 0
    if (removed > 0) log(`removed ${removed} cache entries the servers wrote into .next (on-demand renders, fetches)`)
    fs.rmSync(BASELINE_FILE, { force: true })
    fs.rmSync(tmp, { recursive: true, force: true })
  }
  const onSignal = (signal: NodeJS.Signals) => {
    void cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143))
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  const verdicts: Verdict[] = []
  const counters = cpuCounters()
  try {
    log(`load average at the start: ${loadavg()} (${os.cpus().length} cores)`)
    const seedLake = running.add(
      await startLake({
        port: await freeBenchPort(),
        host: '127.0.0.1',
        dataDir: path.join(tmp, 'lake-seed'),
        seed: DEFAULT_SEED,
        quiet: true,
      }),
    )
    if (!hasProductionBuild()) {
      const buildLog = path.join(os.tmpdir(), 'pages-bench-build.log')
      log(`no .next/BUILD_ID: npm run build against the seeded lake (log: ${buildLog})`)
      const started = performance.now()
      await buildProduction(seedLake.port, path.join(tmp, 'app-data'), buildLog)
      log(`built in ${Math.round((performance.now() - started) / 1000)} s`)
    }
    caches = snapshotRuntimeCaches()
    const slug = publishedArticleSlugs(readNdjson(DEFAULT_SEED))[0]
    if (!slug) throw new Error('the seed has no published article')
    verdicts.push(...(await partOne(running, tmp, seedLake.port, `/articles/${slug}`, log)))
    await running.stop(seedLake)
    log('')
    verdicts.push(...(await partTwo(running, tmp, log)))
  } finally {
    await cleanup()
    process.removeListener('SIGINT', onSignal)
    process.removeListener('SIGTERM', onSignal)
  }
  log('')
  log(table(['measure', 'figure', 'target', ''], verdicts.map((v) => [v.measure, v.figure, v.target, v.verdict])))
  log(`(load average at the end: ${loadavg()}; ${os.cpus().length} cores${stealSince(counters)} over the whole run)`)
  return verdicts.every((v) => v.verdict !== 'MISS')
}
