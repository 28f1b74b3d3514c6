import fs from 'node:fs'
import path from 'node:path'
import type { LakeDocument } from './engine/query-engine'
import { type AssetKind, prepareAsset } from './assets'
import { isRecord } from './http'
import type { Lake } from './lake'
import { newId, runMutations } from './transactions'

/** An NDJSON export plus a way to read the asset files its `_sanityAsset` paths point at. */
export type ImportSource = { ndjson: string; readFile(relativePath: string): Buffer | undefined }

export type ImportMode = 'create' | 'replace' | 'missing'

export async function loadImportSource(file: string): Promise<ImportSource> {
  const absolute = path.resolve(file)
  if (/\.(tar\.gz|tgz)$/i.test(absolute)) {
    const { readTarGz } = await import('./tar')
    const files = readTarGz(await fs.promises.readFile(absolute))
    const dataPath = [...files.keys()].find((name) => name === 'data.ndjson' || name.endsWith('/data.ndjson'))
    if (!dataPath) throw new Error(`${file} has no data.ndjson`)
    const base = path.posix.dirname(dataPath)
    return {
      ndjson: files.get(dataPath)!.toString('utf8'),
      readFile: (relativePath) => files.get(path.posix.normalize(path.posix.join(base, relativePath))),
    }
  }
  const base = path.dirname(absolute)
  return {
    ndjson: await fs.promises.readFile(absolute, 'utf8'),
    readFile: (relativePath) => {
      const target = path.resolve(base, relativePath)
      if (!target.startsWith(base + path.sep) || !fs.existsSync(target)) return undefined
      return fs.readFileSync(target)
    },
  }
}

export function parseNdjson(ndjson: string): LakeDocument[] {
  const documents: LakeDocument[] = []
  ndjson.split('\n').forEach((line, index) => {
    if (line.trim() === '') return
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      throw new Error(`Line ${index + 1} is not valid JSON: ${(error as Error).message}`)
    }
    if (!isRecord(value) || typeof value._id !== 'string' || typeof value._type !== 'string') {
      throw new Error(`Line ${index + 1} is not a document with _id and _type`)
    }
    documents.push(value as LakeDocument)
  })
  return documents
}

/**
 * Imports an export into `dataset` in one transaction (all or nothing). Asset files referenced as
 * `_sanityAsset: "image@file://./images/x.png"` become asset documents and references, as
 * `sanity dataset import` does.
 */
export function importDocuments(
  lake: Lake,
  dataset: string,
  source: ImportSource,
  options: { mode?: ImportMode; baseUrl: string; projectId?: string },
): { documents: number; assets: number } {
  lake.ensureDataset(dataset)
  const assets = new Map<string, LakeDocument>()
  const resolveAssets = (value: unknown, docId: string): unknown => {
    if (Array.isArray(value)) return value.map((item) => resolveAssets(item, docId))
    if (!isRecord(value)) return value
    const out: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(value)) {
      if (key !== '_sanityAsset') out[key] = resolveAssets(child, docId)
    }
    if (typeof value._sanityAsset === 'string') {
      const match = /^(image|file)@file:\/\/(.+)$/.exec(value._sanityAsset)
      if (!match) throw new Error(`${docId}: only local asset files can be imported offline, not ${value._sanityAsset}`)
      const [, kind, relativePath] = match as unknown as [string, 'image' | 'file', string]
      const data = source.readFile(relativePath)
      if (!data) throw new Error(`${docId}: asset file ${relativePath} not found`)
      const asset = prepareAsset(lake, dataset, `${kind}s` as AssetKind, data, {
        filename: path.posix.basename(relativePath),
        projectId: options.projectId ?? 'local',
        baseUrl: options.baseUrl,
      })
      assets.set(asset._id, asset)
      out.asset = { _type: 'reference', _ref: asset._id }
    }
    return out
  }
  const documents = parseNdjson(source.ndjson).map((doc) => resolveAssets(doc, doc._id) as LakeDocument)
  const kind = { create: 'create', replace: 'createOrReplace', missing: 'createIfNotExists' }[options.mode ?? 'create']
  const mutations = [
    ...[...assets.values()].map((asset) => ({ createIfNotExists: asset })),
    ...documents.map((doc) => ({ [kind]: doc })),
  ]
  if (mutations.length === 0) return { documents: 0, assets: 0 }
  const transactionId = newId()
  const timestamp = new Date().toISOString()
  const { touched } = runMutations(lake.readState(dataset), mutations, transactionId, timestamp)
  lake.commit(dataset, transactionId, timestamp, touched)
  return { documents: documents.length, assets: assets.size }
}

/** The dataset as NDJSON, one document per line, ordered by id (what `sanity dataset export` writes). */
export function* exportNdjson(lake: Lake, dataset: string): Generator<string> {
  const documents = [...lake.dataset(dataset).documents.values()].sort((a, b) => (a._id < b._id ? -1 : 1))
  for (const doc of documents) yield `${JSON.stringify(doc)}\n`
}
