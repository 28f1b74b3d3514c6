/**
 * Runs a command with the local content lake up, when the local lake is the content source.
 * `npm run dev`, `npm run build` and `npm start` go through here so a newcomer never starts the lake by hand.
 * With SANITY_PROJECT_ID set (hosted Sanity) it just runs the command.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { resolveContentSource } from '../lib/content/source'
import { DEFAULT_STUDIO_DIR } from '../sanity/lake/studio-server'

const [command, ...args] = process.argv.slice(2)
// `npm start` runs the site server bundled by `npm run build`; `npm run dev` runs its source with `--dev`.
const SITE_SERVER = 'dist/site-server.cjs'
const SITE_SERVER_SOURCE = 'scripts/site-server.ts'
if (!command) {
  console.error('usage: tsx scripts/with-lake.ts <command> [args...]')
  process.exit(2)
}

async function isUp(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/ping`, { signal: AbortSignal.timeout(1000) })
    return res.ok
  } catch {
    return false
  }
}

async function waitUntilUp(url: string, lake: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (lake.exitCode !== null) throw new Error(`the local lake exited early with code ${lake.exitCode}`)
    if (await isUp(url)) return
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`the local lake did not answer at ${url} within ${timeoutMs} ms`)
}

/** The port `next dev`/`next start` will listen on (`-p`/`--port`, else PORT, else 3000). */
function sitePort(): string {
  const i = args.findIndex((a) => a === '-p' || a === '--port')
  return (i >= 0 ? args[i + 1] : undefined) ?? process.env.PORT ?? '3000'
}

/**
 * Local editing needs the Studio server and the revalidation webhook beside `next dev`/`next start`: the lake
 * sends the webhook to this site, signed with SANITY_REVALIDATE_SECRET (a fresh one per run unless set). A build
 * needs neither.
 */
function prepareLocalEditing(serving: boolean): void {
  if (!serving) {
    process.env.LAKE_HTTPS_PORT ??= 'off'
    return
  }
  process.env.SANITY_REVALIDATE_SECRET ||= randomBytes(24).toString('base64url')
  process.env.LAKE_WEBHOOK_URL ??= `http://localhost:${sitePort()}/api/revalidate`
  process.env.SITE_URL ??= `http://localhost:${sitePort()}`
}

/** `npm run dev` on a fresh clone: build the Studio in the background (about a minute) so it is there soon. */
function buildStudioIfMissing(): void {
  if (process.env.LAKE_HTTPS_PORT === 'off' || fs.existsSync(path.join(DEFAULT_STUDIO_DIR, 'index.html'))) return
  console.log('Building Sanity Studio into dist/studio in the background (npm run studio:build); reload it in a minute.')
  const sanity = path.join(process.cwd(), 'node_modules', '.bin', 'sanity')
  spawn(sanity, ['build', DEFAULT_STUDIO_DIR, '--yes'], { stdio: 'ignore', env: process.env }).on('exit', (code) =>
    console.log(code === 0 ? 'Sanity Studio is built: reload it.' : `The Studio build failed (${code}): run npm run studio:build`),
  )
}

async function main(): Promise<void> {
  // Nothing leaves this machine unasked: no usage reports from Next or Sanity.
  process.env.NEXT_TELEMETRY_DISABLED ??= '1'
  process.env.SANITY_TELEMETRY_DISABLED ??= '1'
  if (args[0] === SITE_SERVER && !fs.existsSync(SITE_SERVER)) {
    console.error(`${SITE_SERVER} is missing: run npm run build first (it builds the site and its server).`)
    process.exit(1)
  }
  const source = resolveContentSource()
  const developing = (command === 'next' && args[0] === 'dev') || (args[0] === SITE_SERVER_SOURCE && args.includes('--dev'))
  const serving =
    developing || (command === 'next' && args[0] === 'start') || args[0] === SITE_SERVER || args[0] === SITE_SERVER_SOURCE
  let lake: ChildProcess | undefined
  if (source.kind === 'local') prepareLocalEditing(serving)
  if (source.kind === 'local' && source.apiHost && !(await isUp(source.apiHost))) {
    const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx')
    lake = spawn(tsx, [path.join('sanity', 'lake', 'cli.ts')], { stdio: 'inherit', env: process.env })
    await waitUntilUp(source.apiHost, lake, 60_000)
    if (developing) buildStudioIfMissing()
  } else if (source.kind === 'local') {
    console.log(`Using the local content lake already running at ${source.apiHost} (its own Studio and webhook settings apply)`)
  }
  if (serving) console.log(`Site: http://localhost:${sitePort()}`)

  const child = spawn(command!, args, { stdio: 'inherit', env: process.env, shell: false })
  const stop = (signal: NodeJS.Signals) => {
    child.kill(signal)
    lake?.kill(signal)
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
  child.on('exit', (code, signal) => {
    lake?.kill('SIGTERM')
    process.exit(code ?? (signal ? 1 : 0))
  })
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
