// `npm run bench`: every benchmark in turn. Figures are printed next to a baseline measured in the same run;
// the exit code is 1 when a target was missed (timings never fail `npm test`).
import { runLakeBench } from './lake'

type Bench = { name: string; run: () => Promise<boolean> }

const BENCHES: Bench[] = [
  { name: 'lake (GROQ through @sanity/client)', run: () => runLakeBench() },
  // Site page benches (rendered routes against the lake) are added here.
]

async function main(): Promise<void> {
  const only = process.argv[2]
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
