import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { DEFAULT_SEED, startLake } from '@/sanity/lake/server'
import { clientFor, FIXTURES, raw, startTestLake, tempDataDir } from './helpers'

const SEED = path.join(FIXTURES, 'seed.ndjson')
const EXPORT_TARBALL = path.join(FIXTURES, 'export.tar.gz')
const REPO = path.join(__dirname, '..', '..')
const run = promisify(execFile)

describe('seeding', () => {
  it('imports the seed into an empty store, turning _sanityAsset files into asset references', async () => {
    const t = await startTestLake({ seed: SEED })
    try {
      expect(await t.client.fetch('count(*[_type == "article"])')).toBe(2)
      const article = await t.client.fetch('*[_id == "article-one"][0]{title, mainImage{alt, asset->{_id, metadata}}}')
      expect(article.title).toBe('First fixture article')
      expect(article.mainImage.alt).toBe('Red')
      expect(article.mainImage.asset._id).toMatch(/^image-[a-f0-9]{40}-4x3-png$/)
      expect(article.mainImage.asset.metadata.dimensions).toMatchObject({ width: 4, height: 3 })
      const stored = await t.client.getDocument('article-one')
      expect(stored!.mainImage).toEqual({ _type: 'image', alt: 'Red', asset: { _type: 'reference', _ref: article.mainImage.asset._id } })
      expect(JSON.stringify(await t.client.fetch('*', {}, { perspective: 'raw' }))).not.toContain('_sanityAsset')
      // The same file used twice is one asset.
      expect(await t.client.fetch('count(*[_type == "sanity.imageAsset"])')).toBe(2)
      const drafts = await t.client.fetch('*[_id == "article-one"][0].title', {}, { perspective: 'drafts' })
      expect(drafts).toBe('First fixture article (draft)')
      const file = await raw(`${t.lake.url}/images/local/production/${article.mainImage.asset._id.slice(6, 46)}-4x3.png`)
      expect(file.status).toBe(200)
    } finally {
      await t.stop()
    }
  })

  it('does not seed again once the store has data', async () => {
    const dataDir = tempDataDir()
    const first = await startLake({ port: 0, dataDir, seed: SEED, quiet: true })
    const client = clientFor(first.url)
    await client.delete('article-two')
    await client.patch('article-one').set({ title: 'Edited' }).commit()
    await first.close()
    const second = await startLake({ port: 0, dataDir, seed: SEED, quiet: true })
    const again = clientFor(second.url)
    expect(await again.getDocument('article-two')).toBeUndefined()
    expect((await again.getDocument('article-one'))!.title).toBe('Edited')
    await second.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('starts empty with a warning when the seed file does not exist, and empty with seed: false', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
    const missing = await startTestLake({ seed: path.join(FIXTURES, 'no-such-seed.ndjson') })
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no-such-seed.ndjson does not exist'))
    expect(await missing.client.fetch('count(*)')).toBe(0)
    await missing.stop()
    warn.mockRestore()
    const none = await startTestLake({ seed: false })
    expect(await none.client.fetch('count(*)')).toBe(0)
    await none.stop()
  })

  it('fails to start, writing nothing, when the seed is invalid', async () => {
    const dir = tempDataDir()
    const bad = path.join(dir, 'bad.ndjson')
    fs.writeFileSync(bad, '{"_id":"ok","_type":"t"}\n{"_id": broken\n')
    await expect(startLake({ port: 0, dataDir: path.join(dir, 'data'), seed: bad, quiet: true })).rejects.toThrow('Line 2 is not valid JSON')
    const retry = await startLake({ port: 0, dataDir: path.join(dir, 'data'), seed: false, quiet: true })
    expect(await clientFor(retry.url).fetch('count(*)')).toBe(0)
    await retry.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('imports a .tar.gz export with its images', async () => {
    const t = await startTestLake({ seed: EXPORT_TARBALL })
    try {
      const topic = await t.client.fetch('*[_id == "topic-trade"][0]{title, "dims": icon.asset->metadata.dimensions}')
      expect(topic).toEqual({ title: 'Trade', dims: expect.objectContaining({ width: 2, height: 5 }) })
      expect(await t.client.fetch('count(*[_type == "topic"])')).toBe(2)
    } finally {
      await t.stop()
    }
  })

  it('defaults to sanity/seed/seed.ndjson and seeds the first configured dataset', async () => {
    expect(DEFAULT_SEED).toBe(path.join(REPO, 'sanity', 'seed', 'seed.ndjson'))
    const t = await startTestLake({ seed: SEED, datasets: ['staging'] })
    try {
      const staging = t.client.withConfig({ dataset: 'staging' })
      expect(await staging.fetch('count(*[_type == "article"])')).toBe(2)
      expect(await t.client.fetch('count(*)')).toBe(0)
      expect((await raw(`${t.lake.url}/v2025-02-19/projects/local/datasets`)).body).toEqual([
        { name: 'production', aclMode: 'public' },
        { name: 'staging', aclMode: 'public' },
      ])
    } finally {
      await t.stop()
    }
  })
})

describe('import and export scripts', () => {
  const tsx = (script: string, args: string[], env: Record<string, string>) =>
    run(process.execPath, ['--import', 'tsx', path.join(REPO, 'sanity', 'lake', script), ...args], {
      cwd: REPO,
      env: { ...process.env, ...env },
    })

  it('round-trips NDJSON through lake:import and lake:export, creating the dataset named', async () => {
    const dir = tempDataDir()
    const env = { LAKE_DATA_DIR: path.join(dir, 'data') }
    try {
      const imported = await tsx('import-cli.ts', [SEED, '--dataset', 'archive'], env)
      expect(imported.stdout).toContain('Imported 5 documents and 2 assets into "archive"')
      const out = path.join(dir, 'out.ndjson')
      await tsx('export-cli.ts', [out, '--dataset', 'archive'], env)
      const lines = fs.readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { _id: string; _type: string })
      expect(lines).toHaveLength(7)
      expect(lines.filter((d) => d._type === 'sanity.imageAsset')).toHaveLength(2)
      // A second import of the same ids fails as a whole and changes nothing; --replace succeeds.
      await expect(tsx('import-cli.ts', [SEED, '--dataset', 'archive'], env)).rejects.toMatchObject({
        stderr: expect.stringContaining('nothing was written'),
      })
      await tsx('import-cli.ts', [SEED, '--dataset', 'archive', '--replace'], env)
      // The lake serves the imported dataset (a dataset exists once something created it).
      const lake = await startLake({ port: 0, dataDir: env.LAKE_DATA_DIR, seed: false, quiet: true })
      expect(await clientFor(lake.url, { dataset: 'archive' }).fetch('count(*[_type == "article"])')).toBe(2)
      await lake.close()
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})
