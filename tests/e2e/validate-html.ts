/**
 * Independent HTML validation: fetches the reader pages from a running production server and runs the
 * W3C Nu HTML checker (vnu.jar, shipped inside the vnu-jar npm package, so it works offline) on them.
 * Any error fails. Called by tests/e2e/run.ts after the browser tests; standalone:
 *   BASE_URL=http://127.0.0.1:PORT tsx tests/e2e/validate-html.ts
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DEFAULT_SEED_PATH, loadSeed, readerPages, type ReaderPage } from './seed'

// The jar is in the package tarball; vnu-jar's postinstall only fetches a Java runtime when none is
// installed, so a blocked postinstall loses nothing where Java 11+ is on the PATH.
export const VNU_JAR = path.join(__dirname, '..', '..', 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar')

type VnuMessage = { type: string; subType?: string; message: string; extract?: string; lastLine?: number; firstColumn?: number; url?: string }

function runVnu(files: string[]): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    execFile(
      'java',
      ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        // vnu exits 1 when it found errors; the JSON report (on stderr) is what counts.
        try {
          resolve((JSON.parse(stderr) as { messages: VnuMessage[] }).messages)
        } catch {
          reject(new Error(`vnu.jar did not produce a JSON report (${error?.message ?? 'no error'}):\n${stderr}`))
        }
      },
    )
  })
}

/** Returns true when every page answered with its expected status and vnu found no error. */
export async function validateHtml({ baseUrl, seedPath = DEFAULT_SEED_PATH }: { baseUrl: string; seedPath?: string }): Promise<boolean> {
  if (!fs.existsSync(VNU_JAR)) {
    console.error(`validate-html: ${VNU_JAR} is missing; reinstall the vnu-jar dev dependency`)
    return false
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-vnu-'))
  try {
    let ok = true
    const fileToPage = new Map<string, ReaderPage>()
    for (const page of readerPages(loadSeed(seedPath))) {
      const res = await fetch(`${baseUrl.replace(/\/$/, '')}${page.path}`)
      if (res.status !== page.status) {
        console.error(`validate-html: ${page.path} answered ${res.status}, expected ${page.status}`)
        ok = false
      }
      const file = path.join(dir, `${page.name}.html`)
      fs.writeFileSync(file, await res.text())
      fileToPage.set(file, page)
    }
    const messages = await runVnu([...fileToPage.keys()])
    for (const m of messages) {
      // vnu names files as file: URLs; the base name is enough to find the page.
      const page = [...fileToPage].find(([file]) => m.url?.endsWith(`/${path.basename(file)}`))?.[1]
      const where = `${page?.path ?? m.url ?? '?'}${m.lastLine ? `:${m.lastLine}:${m.firstColumn ?? 0}` : ''}`
      console.error(`validate-html: ${m.type}${m.subType ? `/${m.subType}` : ''} ${where} ${m.message}`)
      if (m.extract) console.error(`    ${m.extract.replace(/\s+/g, ' ').trim()}`)
    }
    if (messages.length > 0) ok = false
    console.log(`validate-html: ${fileToPage.size} pages checked, ${messages.length} errors`)
    return ok
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

if (require.main === module) {
  const baseUrl = process.env.BASE_URL
  if (!baseUrl) {
    console.error('usage: BASE_URL=http://127.0.0.1:PORT tsx tests/e2e/validate-html.ts')
    process.exit(2)
  }
  validateHtml({ baseUrl, seedPath: process.env.SEED_PATH }).then(
    (ok) => process.exit(ok ? 0 : 1),
    (err: unknown) => {
      console.error(err)
      process.exit(1)
    },
  )
}
