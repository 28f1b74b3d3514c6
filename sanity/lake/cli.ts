import { readLakeEnv } from './cli-env'
import { startLake } from './server'

/** `npm run lake`: the local content lake on LAKE_HOST:LAKE_PORT with its store in LAKE_DATA_DIR. */
async function main() {
  const env = readLakeEnv()
  const lake = await startLake({ host: env.host, port: env.port, dataDir: env.dataDir, datasets: [env.dataset], quiet: true })
  console.log(`Local content lake: ${lake.url}`)
  console.log(`Data folder: ${env.dataDir}`)
  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`\n${signal}: stopping the lake`)
    lake.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}

main().catch((error: unknown) => {
  console.error(`The lake could not start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
