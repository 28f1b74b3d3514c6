/**
 * `npm run test:e2e`: browser tests and HTML validation against the PRODUCTION build on the seed content.
 *
 * 1. checks Debian's chromium is installed;
 * 2. starts a fresh local lake, seeded from sanity/seed/seed.ndjson, in a temp data dir on a free port;
 * 3. builds (`npm run build` against that lake) when there is no production build in .next, or with --build;
 * 4. starts the site server (`npm start`: the production build behind the full-page cache) on a free port, reading content from that lake;
 * 5. runs jest with jest.e2e.config.mjs (tests/e2e/**\/*.e2e.ts), then the Nu HTML checker (validate-html.ts)
 *    and the syndication checks (tests/validators/validate-syndication.ts);
 * 6. always stops both servers; exits non-zero when anything failed.
 *
 * Options: --build (rebuild first), --no-validate, --validate-only; other arguments go to jest
 * (e.g. `npm run test:e2e -- tests/e2e/article`). E2E_VERBOSE=1 streams the server's log; E2E_SEED=FILE seeds
 * the lake from another NDJSON export (the tests then expect that content).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { startLake, type RunningLake } from '../../sanity/lake/server'
import { revalidationWebhooks } from '../../sanity/webhooks'
import { CHROMIUM_PATH } from './browser'
import { validateHtml } from './validate-html'
import { validateSyndication } from '../validators/validate-syndication'

const ROOT = path.resolve(__dirname, '..', '..')
const SEED_PATH = path.resolve(process.env.E2E_SEED ?? path.join(ROOT, 'sanity', 'seed', 'seed.ndjson'))
const BIN = path.join(ROOT, 'node_modules', '.bin')
// `npm start`'s server, bundled by `npm run build`.
const SITE_SERVER = path.join(ROOT, 'dist', 'site-server.cjs')

function parseArgs(argv: string[]) {
  const flags = new Set(argv.filter((a) => ['--build', '--no-validate', '--validate-only'].includes(a)))
  return {
    build: flags.has('--build'),
    validate: !flags.has('--no-validate'),
    browserTests: !flags.has('--validate-only'),
    jestArgs: argv.filter((a) => !flags.has(a)),
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Runs a command to completion with inherited stdio; resolves with its exit code. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

async function waitForHttp(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited early with code ${server.exitCode}`)
    try {
      // Any HTTP answer means the server is up; whether the page is right is the tests' business.
      await fetch(url, { signal: AbortSignal.timeout(5000), redirect: 'manual' })
      return
    } catch {
      await new Promise((r) => setTimeout(r, 250))
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`)
}

function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        // already gone
      }
    }, 5000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {
      clearTimeout(timer)
      resolve()
    }
  })
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2))
  if (options.browserTests && !fs.existsSync(CHROMIUM_PATH)) {
    console.error(
      `test:e2e: ${CHROMIUM_PATH} not found. The browser tests drive Debian's chromium (never a downloaded browser).\n` +
        '  Install it with:  bash .ci/browsers.sh\n' +
        '  or:               apt-get update && apt-get install -y chromium libxml2-utils fonts-dejavu-core',
    )
    return 1
  }
  if (!fs.existsSync(SEED_PATH)) {
    console.error(`test:e2e: the seed ${SEED_PATH} is missing`)
    return 1
  }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-'))
  const serverLogPath = path.join(tmp, 'next-start.log')
  let lake: RunningLake | undefined
  let next: ChildProcess | undefined
  const cleanup = async () => {
    if (next) await stopProcessGroup(next)
    if (lake) await lake.close().catch(() => undefined)
    fs.rmSync(tmp, { recursive: true, force: true })
  }
  const onSignal = (signal: NodeJS.Signals) => {
    void cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143))
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)

  try {
    // Prerendered pages carry image URLs on the lake's address at build time (LAKE_PORT, default 3333): serve the
    // fresh seed there when the port is free so those images load; otherwise any free port.
    // The site's port is known before the lake starts: the lake sends its revalidation webhook there, and serves the
    // built Studio (npm run studio:build) over HTTPS for tests/e2e/studio.e2e.ts.
    const port = await freePort()
    const siteUrl = `http://127.0.0.1:${port}`
    const revalidateSecret = process.env.SANITY_REVALIDATE_SECRET ?? randomBytes(24).toString('hex')
    const studioDir = path.join(ROOT, 'dist', 'studio')
    const lakeOptions = {
      host: '127.0.0.1',
      dataDir: path.join(tmp, 'lake'),
      seed: SEED_PATH,
      quiet: true,
      webhooks: revalidationWebhooks({ LAKE_WEBHOOK_URL: `${siteUrl}/api/revalidate`, SANITY_REVALIDATE_SECRET: revalidateSecret, dataset: 'production' }),
      ...(fs.existsSync(path.join(studioDir, 'index.html'))
        ? { studio: { port: 0, certDir: path.join(tmp, 'certs'), studioDir, previewOrigin: siteUrl } }
        : {}),
    }
    lake = await startLake({ ...lakeOptions, port: Number(process.env.LAKE_PORT ?? 3333) }).catch(() =>
      startLake({ ...lakeOptions, dataDir: path.join(tmp, 'lake-any-port'), port: 0 }),
    )
    console.log(`test:e2e: lake seeded from ${path.relative(ROOT, SEED_PATH)} at ${lake.url}`)

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      SANITY_TELEMETRY_DISABLED: '1',
      LAKE_HOST: '127.0.0.1',
      LAKE_PORT: String(lake.port),
      DATA_DIR: path.join(tmp, 'app-data'),
      // Tests that change content in the lake sign the revalidation webhook with this (tests/e2e/consent.e2e.ts).
      SANITY_REVALIDATE_SECRET: revalidateSecret,
    }
    // The tests read the seed, so the site must read the same seed: never hosted Sanity.
    delete env.SANITY_PROJECT_ID

    if (options.build || !fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID')) || !fs.existsSync(SITE_SERVER)) {
      console.log('test:e2e: building (npm run build) against the seeded lake')
      const code = await run('npm', ['run', 'build'], env)
      if (code !== 0) {
        console.error(`test:e2e: npm run build failed with code ${code}`)
        return 1
      }
    }

    const baseUrl = siteUrl
    env.SITE_URL = baseUrl
    const log = fs.openSync(serverLogPath, 'a')
    const verbose = process.env.E2E_VERBOSE === '1'
    // What `npm start` runs: Next behind the site server's full-page cache.
    next = spawn(process.execPath, [SITE_SERVER, '--hostname', '127.0.0.1', '--port', String(port)], {
      cwd: ROOT,
      env: { ...env, NODE_ENV: 'production' },
      stdio: ['ignore', verbose ? 'inherit' : log, verbose ? 'inherit' : log],
      // Its own process group, so stopping it stops every child it started.
      detached: true,
    })
    await waitForHttp(`${baseUrl}/`, next, 60_000)
    console.log(`test:e2e: site server (production build, npm start) at ${baseUrl}`)

    const testEnv = { ...env, BASE_URL: baseUrl, LAKE_URL: lake.url, SEED_PATH, STUDIO_URL: lake.studio?.url ?? '' }
    let failed = false
    if (options.browserTests) {
      const code = await run(
        path.join(BIN, 'jest'),
        ['--config', path.join(ROOT, 'jest.e2e.config.mjs'), '--runInBand', ...options.jestArgs],
        testEnv,
      )
      if (code !== 0) failed = true
    }
    if (options.validate) {
      console.log('\ntest:e2e: Nu HTML checker (vnu.jar) on the production pages')
      const ok = await validateHtml({ baseUrl, seedPath: SEED_PATH })
      if (!ok) failed = true
      console.log('\ntest:e2e: sitemaps and feeds (xmllint), crawl coverage and JSON-LD')
      if (!(await validateSyndication({ baseUrl, seedPath: SEED_PATH }))) failed = true
    }
    if (failed && !verbose) {
      const serverLog = fs.readFileSync(serverLogPath, 'utf8').split('\n').slice(-40).join('\n')
      console.error(`\ntest:e2e: last lines of the site server log:\n${serverLog}`)
    }
    console.log(failed ? '\ntest:e2e: FAILED' : '\ntest:e2e: passed')
    return failed ? 1 : 0
  } finally {
    await cleanup()
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`test:e2e: ${err instanceof Error ? err.stack ?? err.message : String(err)}`)
    process.exit(1)
  },
)
