/**
 * Runs a command with the local content lake up, when the local lake is the content source.
 * `npm run dev`, `npm run build` and `npm start` go through here so a newcomer never starts the lake by hand.
 * With SANITY_PROJECT_ID set (hosted Sanity) it just runs the command.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { resolveContentSource } from '../lib/content/source'

const [command, ...args] = process.argv.slice(2)
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

async function main(): Promise<void> {
  const source = resolveContentSource()
  let lake: ChildProcess | undefined
  if (source.kind === 'local' && source.apiHost && !(await isUp(source.apiHost))) {
    const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx')
    lake = spawn(tsx, [path.join('sanity', 'lake', 'cli.ts')], { stdio: 'inherit', env: process.env })
    await waitUntilUp(source.apiHost, lake, 60_000)
  } else if (source.kind === 'local') {
    console.log(`Using the local content lake already running at ${source.apiHost}`)
  }

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
