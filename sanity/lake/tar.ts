import { gunzipSync } from 'node:zlib'

/**
 * Reads the regular files of a (gzipped) tar archive into memory: enough for `sanity dataset export`
 * tarballs (ustar, with pax and GNU long-name headers for long paths).
 */
export function readTarGz(archive: Buffer): Map<string, Buffer> {
  return readTar(gunzipSync(archive))
}

function field(block: Buffer, start: number, length: number): string {
  const raw = block.subarray(start, start + length)
  const end = raw.indexOf(0)
  return raw.subarray(0, end === -1 ? raw.length : end).toString('utf8')
}

function size(block: Buffer): number {
  const raw = block.subarray(124, 136)
  if (raw[0]! & 0x80) {
    // base-256 for large sizes
    let value = 0
    for (let i = 1; i < raw.length; i++) value = value * 256 + raw[i]!
    return value
  }
  const text = field(block, 124, 12).trim()
  return text ? parseInt(text, 8) : 0
}

function paxPath(data: Buffer): string | undefined {
  let offset = 0
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset)
    if (space === -1) break
    const length = parseInt(data.toString('utf8', offset, space), 10)
    if (!Number.isFinite(length) || length <= 0) break
    const record = data.toString('utf8', space + 1, offset + length - 1)
    const eq = record.indexOf('=')
    if (record.slice(0, eq) === 'path') return record.slice(eq + 1)
    offset += length
  }
  return undefined
}

export function readTar(tar: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  let offset = 0
  let longName: string | undefined
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512)
    if (header.every((byte) => byte === 0)) break
    const type = String.fromCharCode(header[156]!)
    const length = size(header)
    const dataStart = offset + 512
    if (dataStart + length > tar.length) throw new Error('Truncated tar archive')
    const data = tar.subarray(dataStart, dataStart + length)
    offset = dataStart + Math.ceil(length / 512) * 512
    if (type === 'L') {
      longName = field(data, 0, data.length)
      continue
    }
    if (type === 'x') {
      longName = paxPath(data) ?? longName
      continue
    }
    if (type === 'g') continue
    const prefix = header.toString('ascii', 257, 262) === 'ustar' ? field(header, 345, 155) : ''
    const name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100))
    longName = undefined
    if (type === '0' || type === '\0' || type === '7') files.set(name.replace(/^\.\//, ''), Buffer.from(data))
  }
  return files
}
