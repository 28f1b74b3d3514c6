// `npm run bench`: every benchmark in turn. Figures are printed next to a baseline measured in the same run;
// the exit code is 1 when a target was missed (timings never fail `npm test`).
import { runLakeBench } from './lake'
import { runPagesBench } from './pages'

type Bench = { name: string; run: () => Promise<boolean> }

const BENCHES: Bench[] = [
  { name: 'lake (GROQ through @sanity/client)', run: () => runLakeBench() },
  { name: 'pages (reader pages on the production build)', run: () => runPagesBench() },
]

async function main(): Promise<void> {
  // `npm run bench -- --only pages` (or just `-- pages`): the benches whose name starts with that word.
  const args = process.argv.slice(2)
  const only = args[0] === '--only' ? args[1] : args[0]
  let ok = true
  for (const bench of BENCHES) {
    if (only && !bench.name.startsWith(only)) continue
    console.log(`\n== ${bench.name} ==`)
    ok = (await bench.run()) && ok
  }
  process.exitCode = ok ? 0 : 1
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 2
})
