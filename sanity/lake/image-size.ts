/** Width, height and format read from an image's own header (PNG, JPEG, GIF, WebP, SVG). */
export type ImageInfo = { width: number; height: number; extension: string; mimeType: string }

function png(buf: Buffer): ImageInfo | null {
  if (buf.length < 24 || buf.readUInt32BE(0) !== 0x89504e47 || buf.toString('ascii', 12, 16) !== 'IHDR') return null
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20), extension: 'png', mimeType: 'image/png' }
}

function gif(buf: Buffer): ImageInfo | null {
  const signature = buf.toString('ascii', 0, 6)
  if (buf.length < 10 || (signature !== 'GIF87a' && signature !== 'GIF89a')) return null
  return { width: buf.readUInt16LE(6), height: buf.readUInt16LE(8), extension: 'gif', mimeType: 'image/gif' }
}

function jpeg(buf: Buffer): ImageInfo | null {
  if (buf.length < 4 || buf[0] !== 0xff || buf[1] !== 0xd8) return null
  let offset = 2
  while (offset + 9 < buf.length) {
    if (buf[offset] !== 0xff) return null
    const marker = buf[offset + 1]!
    if (marker === 0xff) {
      offset++ // fill byte
      continue
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9)) {
      offset += 2 // markers without a length
      continue
    }
    const isStartOfFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
    if (isStartOfFrame) {
      return { height: buf.readUInt16BE(offset + 5), width: buf.readUInt16BE(offset + 7), extension: 'jpg', mimeType: 'image/jpeg' }
    }
    offset += 2 + buf.readUInt16BE(offset + 2)
  }
  return null
}

function webp(buf: Buffer): ImageInfo | null {
  if (buf.length < 30 || buf.toString('ascii', 0, 4) !== 'RIFF' || buf.toString('ascii', 8, 12) !== 'WEBP') return null
  const chunk = buf.toString('ascii', 12, 16)
  const info = (width: number, height: number) => ({ width, height, extension: 'webp', mimeType: 'image/webp' })
  if (chunk === 'VP8 ' && buf[23] === 0x9d && buf[24] === 0x01 && buf[25] === 0x2a) {
    return info(buf.readUInt16LE(26) & 0x3fff, buf.readUInt16LE(28) & 0x3fff)
  }
  if (chunk === 'VP8L' && buf[20] === 0x2f) {
    const bits = buf.readUInt32LE(21)
    return info(1 + (bits & 0x3fff), 1 + ((bits >>> 14) & 0x3fff))
  }
  if (chunk === 'VP8X') return info(1 + buf.readUIntLE(24, 3), 1 + buf.readUIntLE(27, 3))
  return null
}

function svgLength(value: string | undefined): number | null {
  if (!value) return null
  const match = /^\s*([0-9]*\.?[0-9]+)\s*(px)?\s*$/.exec(value)
  return match ? Math.round(Number(match[1])) : null
}

function svg(buf: Buffer): ImageInfo | null {
  const head = buf.toString('utf8', 0, Math.min(buf.length, 64 * 1024))
  const tag = /<svg\b([^>]*)>/i.exec(head)
  if (!tag || !/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg\b/i.test(head.replace(/^\uFEFF/, ''))) return null
  const attributes = tag[1]!
  const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(attributes)?.[1]
  let width = svgLength(attr('width'))
  let height = svgLength(attr('height'))
  const viewBox = attr('viewBox')?.trim().split(/[\s,]+/).map(Number)
  if ((!width || !height) && viewBox && viewBox.length === 4 && viewBox.every(Number.isFinite)) {
    const [, , w, h] = viewBox as [number, number, number, number]
    if (!width && !height) {
      width = Math.round(w)
      height = Math.round(h)
    } else if (!height && w > 0) height = Math.round((width! * h) / w)
    else if (!width && h > 0) width = Math.round((height! * w) / h)
  }
  if (!width || !height) return null
  return { width, height, extension: 'svg', mimeType: 'image/svg+xml' }
}

export function readImageInfo(buf: Buffer): ImageInfo | null {
  const info = png(buf) ?? jpeg(buf) ?? gif(buf) ?? webp(buf) ?? svg(buf)
  return info && info.width > 0 && info.height > 0 ? info : null
}
