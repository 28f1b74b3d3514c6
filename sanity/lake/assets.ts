import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { LakeDocument } from './engine/query-engine'
import { httpError } from './http'
import { readImageInfo } from './image-size'
import type { Lake } from './lake'
import { newId } from './transactions'

export type AssetKind = 'images' | 'files'

const MIME_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  avif: 'image/avif',
  pdf: 'application/pdf',
  txt: 'text/plain; charset=utf-8',
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
  mp3: 'audio/mpeg',
  mp4: 'video/mp4',
  zip: 'application/zip',
}

export function mimeTypeFor(extension: string): string {
  return MIME_TYPES[extension.toLowerCase()] ?? 'application/octet-stream'
}

/** Served names: `<sha1>-<w>x<h>.<ext>` for images, `<sha1>.<ext>` for files. */
export const SERVED_NAME = { images: /^[a-f0-9]{40}-\d+x\d+\.[a-z0-9]{1,10}$/, files: /^[a-f0-9]{40}\.[a-z0-9]{1,10}$/ }

export function assetPath(lake: Lake, dataset: string, kind: AssetKind, fileName: string): string {
  return path.join(lake.store.assetsDir, dataset, kind, fileName)
}

/** Writes the file so that it survives a crash once this returns (temp file, fsync, rename). */
function writeDurably(target: string, data: Buffer): void {
  if (fs.existsSync(target)) return
  fs.mkdirSync(path.dirname(target), { recursive: true })
  const temporary = `${target}.${process.pid}.${newId()}.tmp`
  const fd = fs.openSync(temporary, 'w')
  try {
    fs.writeSync(fd, data)
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
  fs.renameSync(temporary, target)
  const dir = fs.openSync(path.dirname(target), 'r')
  try {
    fs.fsyncSync(dir)
  } finally {
    fs.closeSync(dir)
  }
}

function extensionFrom(filename: string | undefined, contentType: string | undefined): string {
  const fromName = filename && /\.([A-Za-z0-9]{1,10})$/.exec(filename)?.[1]?.toLowerCase()
  if (fromName) return fromName
  const mime = contentType?.split(';')[0]?.trim().toLowerCase()
  const known = Object.entries(MIME_TYPES).find(([, type]) => type.split(';')[0] === mime)
  return known ? known[0] : 'bin'
}

export type AssetMeta = { filename?: string; contentType?: string; projectId: string; baseUrl: string }

/**
 * Stores an asset's bytes and returns its asset document (not yet committed); the same bytes always
 * give the same id, as in Sanity.
 */
export function prepareAsset(lake: Lake, dataset: string, kind: AssetKind, data: Buffer, meta: AssetMeta): LakeDocument {
  if (data.length === 0) throw httpError(400, 'The uploaded file is empty')
  const sha1 = createHash('sha1').update(data).digest('hex')
  const common = {
    assetId: sha1,
    sha1hash: sha1,
    size: data.length,
    ...(meta.filename ? { originalFilename: meta.filename } : {}),
  }
  if (kind === 'images') {
    const info = readImageInfo(data)
    if (!info) throw httpError(400, 'Invalid image: could not read its dimensions (PNG, JPEG, GIF, WebP or SVG expected)')
    const fileName = `${sha1}-${info.width}x${info.height}.${info.extension}`
    const assetUrlPath = `images/${meta.projectId}/${dataset}/${fileName}`
    writeDurably(assetPath(lake, dataset, 'images', fileName), data)
    return {
      _id: `image-${sha1}-${info.width}x${info.height}-${info.extension}`,
      _type: 'sanity.imageAsset',
      ...common,
      extension: info.extension,
      mimeType: info.mimeType,
      path: assetUrlPath,
      url: `${meta.baseUrl}/${assetUrlPath}`,
      metadata: {
        _type: 'sanity.imageMetadata',
        dimensions: {
          _type: 'sanity.imageDimensions',
          width: info.width,
          height: info.height,
          aspectRatio: info.width / info.height,
        },
      },
    }
  }
  const extension = extensionFrom(meta.filename, meta.contentType)
  const fileName = `${sha1}.${extension}`
  const assetUrlPath = `files/${meta.projectId}/${dataset}/${fileName}`
  writeDurably(assetPath(lake, dataset, 'files', fileName), data)
  return {
    _id: `file-${sha1}-${extension}`,
    _type: 'sanity.fileAsset',
    ...common,
    extension,
    mimeType: meta.contentType?.split(';')[0]?.trim() || mimeTypeFor(extension),
    path: assetUrlPath,
    url: `${meta.baseUrl}/${assetUrlPath}`,
  }
}

/** Upload endpoint: stores the asset and commits its document (or returns the existing one). */
export function uploadAsset(lake: Lake, dataset: string, kind: AssetKind, data: Buffer, meta: AssetMeta): LakeDocument {
  const document = prepareAsset(lake, dataset, kind, data, meta)
  const existing = lake.dataset(dataset).documents.get(document._id)
  if (existing) return existing
  const transactionId = newId()
  const timestamp = new Date().toISOString()
  const stored = { ...document, _rev: transactionId, _createdAt: timestamp, _updatedAt: timestamp }
  lake.commit(dataset, transactionId, timestamp, [{ id: document._id, before: null, after: stored, mutations: [{ create: document }] }])
  return stored
}
