// Processes the page bench starts: `next start` on the production build, `npm run build` when there is none.
// Every server runs in its own process group so stopping it stops whatever it spawned.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

export const ROOT = path.resolve(__dirname, '..')
const NEXT_BIN = path.join(ROOT, 'node_modules', '.bin', 'next')
/** `npm start`'s server, bundled by `npm run build` (plain Node: no TypeScript loader in the serving process). */
export const SITE_SERVER = path.join(ROOT, 'dist', 'site-server.cjs')

/** The bench's own port range; a port is taken only if nothing listens on it right now. */
export const BENCH_PORTS = { first: 4280, last: 4299 }
const claimed = new Set<number>()

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.unref()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}

export async function freeBenchPort(): Promise<number> {
  for (let port = BENCH_PORTS.first; port <= BENCH_PORTS.last; port++) {
    if (claimed.has(port)) continue
    if (await canListen(port)) {
      claimed.add(port)
      return port
    }
  }
  throw new Error(`no free port in ${BENCH_PORTS.first}-${BENCH_PORTS.last}`)
}

/** Environment for the site against a local lake on `lakePort`; never hosted Sanity. */
export function siteEnv(lakePort: number, dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    SANITY_TELEMETRY_DISABLED: '1',
    LAKE_HOST: '127.0.0.1',
    LAKE_PORT: String(lakePort),
    DATA_DIR: dataDir,
  }
  delete env.SANITY_PROJECT_ID
  return env
}

export type NextServer = { url: string; port: number; logPath: string; stop(): Promise<void> }

function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve()
  return new Promise((resolve) => {
    const kill = (signal: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, signal)
      } catch {
        // already gone
      }
    }
    const timer = setTimeout(() => kill('SIGKILL'), 5000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    kill('SIGTERM')
  })
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited early with code ${child.exitCode}`)
    try {
      await fetch(url, { signal: AbortSignal.timeout(5000), redirect: 'manual' })
      return
    } catch {
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`)
}

/**
 * The production build in .next behind `npm start`'s site server (scripts/site-server.ts, with its full-page
 * cache), or behind plain `next start`; resolves once it answers HTTP.
 */
export async function startNext(options: {
  lakePort: number
  dataDir: string
  logPath: string
  server?: 'site' | 'next start'
}): Promise<NextServer> {
  const port = await freeBenchPort()
  const url = `http://127.0.0.1:${port}`
  const log = fs.openSync(options.logPath, 'a')
  const listen = ['--hostname', '127.0.0.1', '--port', String(port)]
  const [bin, args] =
    options.server === 'next start' ? [NEXT_BIN, ['start', ...listen]] : [process.execPath, [SITE_SERVER, ...listen]]
  const child = spawn(bin, args, {
    cwd: ROOT,
    env: { ...siteEnv(options.lakePort, options.dataDir), NODE_ENV: 'production', SITE_URL: url },
    stdio: ['ignore', log, log],
    detached: true,
  })
  fs.closeSync(log)
  const server: NextServer = {
    url,
    port,
    logPath: options.logPath,
    // The port stays claimed for the whole run: Next's fetch cache keys include the lake's URL, so no port is reused.
    stop: () => stopProcessGroup(child),
  }
  try {
    await waitForHttp(`${url}/robots.txt`, child, 120_000)
  } catch (error) {
    await server.stop()
    throw error
  }
  return server
}

export function hasProductionBuild(): boolean {
  return fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID')) && fs.existsSync(SITE_SERVER)
}

/** `npm run build` against the lake on `lakePort` (scripts/with-lake.ts sees it up and uses it). */
export function buildProduction(lakePort: number, dataDir: string, logPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const log = fs.openSync(logPath, 'a')
    const child = spawn('npm', ['run', 'build'], {
      cwd: ROOT,
      env: siteEnv(lakePort, dataDir),
      stdio: ['ignore', log, log],
    })
    fs.closeSync(log)
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`npm run build failed with code ${code}; see ${logPath}`)),
    )
  })
}

/**
 * What `next start` writes into .next while serving: on-demand renders (server/route-cache) and cached fetches
 * (cache/fetch-cache). Both outlive the server, so a later run would read them as cache hits, and pages rendered
 * from the synthetic lake would be served to the next user of this build. restore() deletes whatever is new.
 */
export function snapshotRuntimeCaches(): { restore(): number } {
  const dirs = [path.join(ROOT, '.next', 'server', 'route-cache'), path.join(ROOT, '.next', 'cache', 'fetch-cache')]
  const list = (dir: string): string[] =>
    fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]).map((entry) => path.join(dir, entry)) : []
  const before = new Map(dirs.map((dir) => [dir, new Set(list(dir))]))
  return {
    restore() {
      let removed = 0
      for (const dir of dirs) {
        const existed = fs.existsSync(dir) && before.get(dir)!.size > 0
        const fresh = list(dir)
          .filter((entry) => !before.get(dir)!.has(entry))
          .sort((a, b) => a.length - b.length)
        for (const entry of fresh) {
          if (!fs.existsSync(entry)) continue // its folder went first
          fs.rmSync(entry, { recursive: true, force: true })
          removed++
        }
        if (!existed && fs.existsSync(dir) && fs.readdirSync(dir).length === 0) fs.rmdirSync(dir)
      }
      return removed
    },
  }
}
