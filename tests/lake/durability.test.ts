import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { clientFor, tempDataDir } from './helpers'

const RUN_LAKE = path.join(__dirname, 'support', 'run-lake.ts')
const children = new Set<ChildProcess>()

/** Starts the lake in a child process (node + tsx, so the pid is the lake itself) and waits for its URL. */
function spawnLake(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', RUN_LAKE, dataDir], {
    cwd: path.join(__dirname, '..', '..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.add(child)
  child.on('exit', () => children.delete(child))
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    child.stderr!.on('data', (c) => (err += c))
    child.stdout!.on('data', (c) => {
      out += c
      const line = out.split('\n').find((l) => l.startsWith('{'))
      if (line) resolve({ child, url: (JSON.parse(line) as { url: string }).url })
    })
    child.on('exit', (code) => reject(new Error(`lake exited with ${code}: ${err}`)))
  })
}

afterAll(() => {
  for (const child of children) child.kill('SIGKILL')
})

it('keeps every acknowledged transaction and no half-applied one across kill -9', async () => {
  const dataDir = tempDataDir()
  try {
    const first = await spawnLake(dataDir)
    const client = clientFor(first.url)
    await client.create({ _id: 'counter', _type: 'counter', n: 0 })

    // Several writers stream three-document transactions; the lake is killed while they are in flight.
    const acknowledged = new Set<number>()
    let next = 0
    let killed = false
    const writer = async () => {
      while (!killed) {
        const i = next++
        try {
          await client
            .transaction()
            .create({ _id: `a-${i}`, _type: 'pair', i })
            .create({ _id: `b-${i}`, _type: 'pair', i })
            .patch('counter', (p) => p.inc({ n: 1 }).set({ [`seen${i}`]: true }))
            .commit({ transactionId: `tx-${i}` })
          acknowledged.add(i)
        } catch {
          return // the lake is gone
        }
      }
    }
    const writers = Array.from({ length: 4 }, writer)
    await new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (acknowledged.size >= 120) {
          clearInterval(check)
          resolve()
        }
      }, 5)
    })
    first.child.kill('SIGKILL')
    killed = true
    await Promise.all(writers)
    expect(acknowledged.size).toBeGreaterThanOrEqual(120)

    const second = await spawnLake(dataDir)
    const after = clientFor(second.url)
    const pairs = await after.fetch<Array<{ _id: string; _rev: string; i: number }>>('*[_type == "pair"]{_id, _rev, i}')
    const counter = await after.getDocument('counter')
    second.child.kill('SIGKILL')

    const applied = new Set(pairs.filter((p) => p._id.startsWith('a-')).map((p) => p.i))
    for (const i of acknowledged) expect(applied.has(i)).toBe(true)
    // All three writes of a transaction, or none of them.
    const bIds = new Set(pairs.filter((p) => p._id.startsWith('b-')).map((p) => p.i))
    expect([...bIds].sort()).toEqual([...applied].sort())
    for (const p of pairs) expect(p._rev).toBe(`tx-${p.i}`)
    expect(counter!.n).toBe(applied.size)
    for (let i = 0; i < next; i++) expect(Boolean(counter![`seen${i}`])).toBe(applied.has(i))
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}, 60_000)
