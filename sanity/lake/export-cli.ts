import fs from 'node:fs'
import { parseArgs, readLakeEnv } from './cli-env'
import { exportNdjson } from './import'
import { Lake } from './lake'

const USAGE = 'Usage: npm run lake:export -- FILE.ndjson [--dataset NAME]   (FILE "-" writes to stdout)'

/** Writes a dataset of the lake's store (LAKE_DATA_DIR) as NDJSON, the format of `sanity dataset export`. */
async function main() {
  const { positional, flags } = parseArgs(process.argv.slice(2))
  const file = positional[0]
  if (!file || positional.length > 1) throw new Error(USAGE)
  const env = readLakeEnv()
  const datasetFlag = flags.get('dataset')
  const dataset = typeof datasetFlag === 'string' ? datasetFlag : env.dataset
  const lake = new Lake(env.dataDir)
  try {
    if (!lake.hasDataset(dataset)) throw new Error(`Dataset "${dataset}" does not exist in ${env.dataDir}`)
    const out: NodeJS.WritableStream = file === '-' ? process.stdout : fs.createWriteStream(file)
    let count = 0
    for (const line of exportNdjson(lake, dataset)) {
      count++
      if (!out.write(line)) await new Promise((resolve) => out.once('drain', resolve))
    }
    if (out !== process.stdout) await new Promise<void>((resolve) => out.end(resolve))
    if (file !== '-') console.log(`Exported ${count} documents from "${dataset}" to ${file}`)
  } finally {
    lake.close()
  }
}

main().catch((error: unknown) => {
  console.error(`Export failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
