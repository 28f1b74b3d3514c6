import { parseArgs, readLakeEnv } from './cli-env'
import { type ImportMode, importDocuments, loadImportSource } from './import'
import { Lake } from './lake'

const USAGE = 'Usage: npm run lake:import -- FILE(.ndjson|.tar.gz) [--dataset NAME] [--replace | --missing]'

/**
 * Imports a `sanity dataset export` file into the lake's store (LAKE_DATA_DIR). Creates the dataset
 * if needed. Like `sanity dataset import`, existing ids fail the import unless --replace or --missing.
 * Stop a running lake first: it reads the store only when it starts.
 */
async function main() {
  const { positional, flags } = parseArgs(process.argv.slice(2))
  const file = positional[0]
  if (!file || positional.length > 1) throw new Error(USAGE)
  const env = readLakeEnv()
  const datasetFlag = flags.get('dataset')
  const dataset = typeof datasetFlag === 'string' ? datasetFlag : env.dataset
  const mode: ImportMode = flags.has('replace') ? 'replace' : flags.has('missing') ? 'missing' : 'create'
  const lake = new Lake(env.dataDir)
  try {
    const counts = importDocuments(lake, dataset, await loadImportSource(file), { mode, baseUrl: env.url })
    console.log(`Imported ${counts.documents} documents and ${counts.assets} assets into "${dataset}" (${env.dataDir})`)
  } finally {
    lake.close()
  }
}

main().catch((error: unknown) => {
  console.error(`Import failed, nothing was written: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
