/**
 * Draws the seed dataset's images: abstract geometric compositions, deterministic per file name, written as
 * indexed-colour PNGs (flat shapes over a banded gradient compress to a few tens of kilobytes).
 * Run: npx tsx sanity/seed/generate-images.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'

type Rgb = [number, number, number]
type Style = 'shapes' | 'rings' | 'stripes' | 'portrait' | 'mark'
export type ImageSpec = { file: string; width: number; height: number; palette: Rgb[]; colourNames: string[]; style: Style }

const PALETTES: Rgb[][] = [
  [[16, 37, 66], [31, 78, 121], [94, 146, 186], [230, 213, 184], [201, 107, 62], [245, 240, 230]],
  [[28, 28, 36], [75, 46, 131], [154, 94, 173], [238, 196, 120], [246, 238, 220], [60, 140, 130]],
  [[11, 61, 52], [32, 110, 88], [120, 178, 141], [236, 226, 190], [214, 137, 60], [250, 246, 236]],
  [[52, 20, 28], [132, 38, 52], [204, 92, 84], [242, 196, 150], [248, 240, 228], [40, 72, 110]],
  [[20, 30, 40], [60, 80, 100], [150, 170, 180], [220, 225, 220], [190, 60, 50], [250, 250, 245]],
  [[40, 36, 20], [120, 100, 40], [200, 170, 80], [240, 230, 200], [70, 110, 140], [250, 248, 240]],
]

/** Names of the colours in PALETTES, index for index, for alternative text. */
const COLOUR_NAMES = [
  ['navy', 'blue', 'light blue', 'sand', 'rust', 'cream'],
  ['near-black', 'purple', 'violet', 'gold', 'cream', 'teal'],
  ['deep green', 'green', 'sage', 'pale yellow', 'amber', 'cream'],
  ['maroon', 'crimson', 'coral', 'peach', 'cream', 'navy'],
  ['charcoal', 'slate', 'grey-blue', 'pale grey', 'red', 'off-white'],
  ['dark olive', 'olive', 'gold', 'beige', 'blue', 'cream'],
]

const STYLE_DESCRIPTIONS: Record<Style, string> = {
  shapes: 'Abstract illustration of overlapping circles and rectangles over diagonal bands',
  rings: 'Abstract illustration of concentric rings over diagonal bands',
  stripes: 'Abstract illustration of a block of diagonal stripes and a circle over diagonal bands',
  portrait: 'Abstract head-and-shoulders silhouette',
  mark: 'A circle divided into quarters by two crossing lines',
}

/** mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function hash(text: string): number {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return h >>> 0
}

type Shape = (x: number, y: number) => number | undefined

/** Returns palette indices per pixel; the background uses the darker half, shapes any colour. */
function compose(spec: ImageSpec): Uint8Array {
  const { width: w, height: h } = spec
  const rand = random(hash(spec.file))
  const pick = () => Math.floor(rand() * spec.palette.length)
  const pixels = new Uint8Array(w * h)
  const bands = 5
  const angle = rand() * Math.PI
  const dx = Math.cos(angle)
  const dy = Math.sin(angle)
  const span = Math.abs(dx) * w + Math.abs(dy) * h
  const bandColours = Array.from({ length: bands }, (_, i) => (i + (rand() < 0.5 ? 0 : 1)) % 3)
  const shapes: Shape[] = []
  const size = Math.min(w, h)

  if (spec.style === 'shapes') {
    for (let i = 0; i < 7; i++) {
      const colour = pick()
      const cx = rand() * w
      const cy = rand() * h
      const r = size * (0.08 + rand() * 0.3)
      if (rand() < 0.5) shapes.push((x, y) => ((x - cx) ** 2 + (y - cy) ** 2 < r * r ? colour : undefined))
      else {
        const rw = r * (1 + rand())
        const rh = r * (0.4 + rand())
        shapes.push((x, y) => (Math.abs(x - cx) < rw && Math.abs(y - cy) < rh ? colour : undefined))
      }
    }
  } else if (spec.style === 'rings') {
    const cx = w * (0.3 + rand() * 0.4)
    const cy = h * (0.3 + rand() * 0.4)
    const step = size * (0.05 + rand() * 0.05)
    const colours = [pick(), pick(), pick()]
    shapes.push((x, y) => {
      const d = Math.sqrt((x - cx) ** 2 + (y - cy) ** 2)
      const ring = Math.floor(d / step)
      return ring < 9 && ring % 2 === 0 ? colours[ring % 3] : undefined
    })
  } else if (spec.style === 'stripes') {
    const slope = rand() * 2 - 1
    const step = size * (0.06 + rand() * 0.06)
    const colours = [pick(), pick()]
    const left = w * rand() * 0.5
    const right = left + w * (0.3 + rand() * 0.3)
    shapes.push((x, y) => {
      if (x < left || x > right) return undefined
      const band = Math.floor((y + slope * x) / step)
      return band % 2 === 0 ? colours[Math.abs(band) % 2] : undefined
    })
    const cx = rand() * w
    const cy = rand() * h
    const r = size * 0.22
    const colour = pick()
    shapes.push((x, y) => ((x - cx) ** 2 + (y - cy) ** 2 < r * r ? colour : undefined))
  } else if (spec.style === 'portrait') {
    // A head-and-shoulders silhouette of circles: reads as a portrait placeholder without depicting anyone.
    const skin = 3 + Math.floor(rand() * 2)
    const coat = Math.floor(rand() * 3)
    shapes.push((x, y) => ((x - w / 2) ** 2 + (y - h * 0.4) ** 2 < (size * 0.19) ** 2 ? skin : undefined))
    shapes.push((x, y) => ((x - w / 2) ** 2 / 1.6 + (y - h * 1.05) ** 2 < (size * 0.42) ** 2 ? coat : undefined))
  } else {
    const colours = [4, 5, 2]
    shapes.push((x, y) => {
      const d = Math.sqrt((x - w / 2) ** 2 + (y - h / 2) ** 2)
      if (d > size * 0.46) return undefined
      const meridian = Math.abs(x - w / 2) < size * 0.03 || Math.abs(y - h / 2) < size * 0.03
      return meridian ? colours[1] : d > size * 0.38 ? colours[0] : colours[2]
    })
  }

  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let colour: number | undefined
      for (let s = shapes.length - 1; s >= 0 && colour === undefined; s--) colour = shapes[s]!(x, y)
      if (colour === undefined) {
        const t = (x * dx + y * dy + (dx < 0 ? -dx * w : 0) + (dy < 0 ? -dy * h : 0)) / span
        colour = bandColours[Math.min(bands - 1, Math.max(0, Math.floor(t * bands)))]!
      }
      pixels[y * w + x] = colour
    }
  }
  return pixels
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(buf: Buffer): number {
  let c = 0xffffffff
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

export function encodeIndexedPng(width: number, height: number, palette: Rgb[], pixels: Uint8Array): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 3 // indexed colour
  const rows = Buffer.alloc((width + 1) * height)
  for (let y = 0; y < height; y++) {
    rows[y * (width + 1)] = 0 // filter: none (indexed images compress best unfiltered)
    Buffer.from(pixels.buffer, pixels.byteOffset + y * width, width).copy(rows, y * (width + 1) + 1)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.flat())),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const MAIN_STYLES = ['shapes', 'rings', 'stripes'] as const

const palette = (index: number) => ({
  palette: PALETTES[index % PALETTES.length]!,
  colourNames: COLOUR_NAMES[index % PALETTES.length]!,
})

/** Every image the seed uses; the seed builder refers to these file names. */
export function seedImageSpecs(): ImageSpec[] {
  const specs: ImageSpec[] = []
  for (let i = 1; i <= 22; i++) {
    const n = String(i).padStart(2, '0')
    specs.push({ file: `main-${n}.png`, width: 1200, height: 675, ...palette(i), style: MAIN_STYLES[i % 3]! })
  }
  for (let i = 1; i <= 5; i++) {
    specs.push({ file: `body-0${i}.png`, width: 1000, height: 600, ...palette(i + 2), style: MAIN_STYLES[(i + 1) % 3]! })
  }
  for (let i = 1; i <= 7; i++) {
    specs.push({ file: `portrait-0${i}.png`, width: 400, height: 400, ...palette(i), style: 'portrait' })
  }
  specs.push({ file: 'publisher-logo.png', width: 512, height: 512, ...palette(0), style: 'mark' })
  return specs
}

/** Where the generator records each image's alternative text, for build-seed.ts. */
export const IMAGE_DESCRIPTIONS_PATH = join(__dirname, 'image-descriptions.json')

/** Alternative text that matches what the generator draws for `spec`. */
export function describeImage(spec: ImageSpec): string {
  // Name the colours actually drawn, most used first, so the text matches the picture.
  const pixels = compose(spec)
  const counts = new Array<number>(spec.palette.length).fill(0)
  for (const index of pixels) counts[index]! += 1
  const names = counts
    .map((count, index) => ({ count, name: spec.colourNames[index]! }))
    .filter(({ count }) => count / pixels.length >= 0.02)
    .sort((a, b) => b.count - a.count)
    .map(({ name }) => name)
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]
  return `${STYLE_DESCRIPTIONS[spec.style]}, in ${list}`
}

export function renderImage(spec: ImageSpec): Buffer {
  return encodeIndexedPng(spec.width, spec.height, spec.palette, compose(spec))
}

function main() {
  const dir = join(__dirname, 'images')
  mkdirSync(dir, { recursive: true })
  let total = 0
  const descriptions: Record<string, string> = {}
  for (const spec of seedImageSpecs()) {
    const png = renderImage(spec)
    total += png.length
    writeFileSync(join(dir, spec.file), png)
    descriptions[spec.file] = describeImage(spec)
  }
  writeFileSync(IMAGE_DESCRIPTIONS_PATH, `${JSON.stringify(descriptions, null, 2)}\n`)
  console.log(`wrote ${seedImageSpecs().length} images, ${(total / 1024).toFixed(0)} KiB, to ${dir}`)
}

if (process.argv[1] && /generate-images\.ts$/.test(process.argv[1])) main()
