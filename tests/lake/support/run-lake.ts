import { startLake } from '../../../sanity/lake/server'

/** A lake in its own process for the durability test: prints `{"url": …}` once ready. */
async function main() {
  const dataDir = process.argv[2]
  if (!dataDir) throw new Error('usage: run-lake.ts DATA_DIR')
  const lake = await startLake({ port: 0, dataDir, seed: false, quiet: true })
  process.stdout.write(`${JSON.stringify({ url: lake.url })}\n`)
  process.on('SIGTERM', () => void lake.close().then(() => process.exit(0)))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
