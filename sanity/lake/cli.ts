import { readLakeEnv } from './cli-env'
import { startLake } from './server'
import { readLakeStudioEnv } from './studio-env'

/** `npm run lake`: the local content lake on LAKE_HOST:LAKE_PORT with its store in LAKE_DATA_DIR. */
async function main() {
  const env = readLakeEnv()
  const { studio, webhooks } = readLakeStudioEnv(process.env, env.dataset, env.host)
  const lake = await startLake({ host: env.host, port: env.port, dataDir: env.dataDir, datasets: [env.dataset], quiet: true, studio, webhooks })
  console.log(`Local content lake: ${lake.url}`)
  if (lake.studio) console.log(`Sanity Studio: ${lake.studio.url} (HTTPS; trust the local CA once: ${lake.studio.caPath}, see README)`)
  for (const hook of webhooks) console.log(`Webhook "${hook.name}": ${hook.url}${hook.secret ? ' (signed)' : ' (unsigned)'}`)
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
