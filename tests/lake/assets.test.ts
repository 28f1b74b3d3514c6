import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { createImageUrlBuilder } from '@sanity/image-url'
import { readImageInfo } from '@/sanity/lake/image-size'
import { FIXTURES, raw, rejection, startTestLake, type TestLake } from './helpers'

let t: TestLake

beforeAll(async () => {
  t = await startTestLake()
})

afterAll(() => t.stop())

const red = fs.readFileSync(path.join(FIXTURES, 'images', 'red-4x3.png'))
const sha1 = (data: Buffer) => createHash('sha1').update(data).digest('hex')

describe('image assets', () => {
  it('uploads an image as a sanity.imageAsset with Sanity-style id and dimensions', async () => {
    const asset = await t.client.assets.upload('image', red, { filename: 'red.png' })
    expect(asset).toMatchObject({
      _id: `image-${sha1(red)}-4x3-png`,
      _type: 'sanity.imageAsset',
      assetId: sha1(red),
      sha1hash: sha1(red),
      extension: 'png',
      mimeType: 'image/png',
      originalFilename: 'red.png',
      size: red.length,
      metadata: { dimensions: { width: 4, height: 3, aspectRatio: 4 / 3 } },
    })
    expect(await t.client.getDocument(asset._id)).toMatchObject({ _type: 'sanity.imageAsset' })
  })

  it('returns the existing asset for the same bytes', async () => {
    const first = await t.client.assets.upload('image', red)
    const second = await t.client.assets.upload('image', red, { filename: 'again.png' })
    expect(second._id).toBe(first._id)
    expect(second._rev).toBe(first._rev)
  })

  it('serves the image at the URL @sanity/image-url builds, ignoring transform params', async () => {
    const asset = await t.client.assets.upload('image', red)
    // Built from the client, the builder takes its base URL from the client's apiHost.
    const builder = createImageUrlBuilder(t.client)
    const url = builder.image({ asset: { _ref: asset._id } }).width(2).height(2).fit('crop').auto('format').url()
    expect(url.startsWith(`${t.lake.url}/images/local/production/${sha1(red)}-4x3.png?`)).toBe(true)
    const res = await fetch(url)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(res.headers.get('cache-control')).toContain('max-age=31536000')
    expect(Buffer.from(await res.arrayBuffer()).equals(red)).toBe(true)
    const head = await fetch(url, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(Number(head.headers.get('content-length'))).toBe(red.length)
  })

  it('rejects bytes that are not an image with a 400', async () => {
    const error = await rejection(t.client.assets.upload('image', Buffer.from('not an image at all')))
    expect(error.statusCode).toBe(400)
    expect(error.message).toContain('Invalid image')
  })

  it('answers 404 for unknown asset files and datasets', async () => {
    expect((await raw(`${t.lake.url}/images/local/production/${'0'.repeat(40)}-4x3.png`)).status).toBe(404)
    expect((await raw(`${t.lake.url}/images/local/production/../../lake.sqlite`)).status).toBe(404)
    expect((await raw(`${t.lake.url}/images/local/nope/${sha1(red)}-4x3.png`)).status).toBe(404)
  })
})

describe('file assets', () => {
  it('uploads a file as a sanity.fileAsset and serves it under /files', async () => {
    const pdf = Buffer.from('%PDF-1.4 tiny test file')
    const asset = await t.client.assets.upload('file', pdf, { filename: 'report.pdf', contentType: 'application/pdf' })
    expect(asset).toMatchObject({ _id: `file-${sha1(pdf)}-pdf`, _type: 'sanity.fileAsset', extension: 'pdf', mimeType: 'application/pdf' })
    const res = await fetch(`${t.lake.url}/files/local/production/${sha1(pdf)}.pdf`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(await res.text()).toBe('%PDF-1.4 tiny test file')
  })
})

describe('image dimensions from headers', () => {
  it('reads PNG, GIF, JPEG, WebP (lossy, lossless, extended) and SVG', () => {
    expect(readImageInfo(red)).toEqual({ width: 4, height: 3, extension: 'png', mimeType: 'image/png' })
    const gif = Buffer.from('474946383961' + '0a00' + '0500' + '000000', 'hex')
    expect(readImageInfo(gif)).toMatchObject({ width: 10, height: 5, extension: 'gif' })
    // SOI, an APP0 segment, then SOF0 with height 7 and width 9
    const jpeg = Buffer.from('ffd8' + 'ffe0000a4a46494600010100' + 'ffc0000b080007000901011100' + 'ffd9', 'hex')
    expect(readImageInfo(jpeg)).toMatchObject({ width: 9, height: 7, extension: 'jpg', mimeType: 'image/jpeg' })
    const riff = (chunk: string, body: Buffer) =>
      Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBP'), Buffer.from(chunk), Buffer.alloc(4), body, Buffer.alloc(16)])
    const lossy = Buffer.alloc(10)
    lossy.set([0x9d, 0x01, 0x2a], 3)
    lossy.writeUInt16LE(300, 6)
    lossy.writeUInt16LE(200, 8)
    expect(readImageInfo(riff('VP8 ', lossy))).toMatchObject({ width: 300, height: 200, extension: 'webp' })
    const lossless = Buffer.alloc(5)
    lossless[0] = 0x2f
    lossless.writeUInt32LE((640 - 1) | ((480 - 1) << 14), 1)
    expect(readImageInfo(riff('VP8L', lossless))).toMatchObject({ width: 640, height: 480 })
    const extended = Buffer.alloc(10)
    extended.writeUIntLE(1920 - 1, 4, 3)
    extended.writeUIntLE(1080 - 1, 7, 3)
    expect(readImageInfo(riff('VP8X', extended))).toMatchObject({ width: 1920, height: 1080 })
    const svg = (attrs: string) => Buffer.from(`<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" ${attrs}></svg>`)
    expect(readImageInfo(svg('width="120" height="60px"'))).toMatchObject({ width: 120, height: 60, extension: 'svg', mimeType: 'image/svg+xml' })
    expect(readImageInfo(svg('viewBox="0 0 32 16"'))).toMatchObject({ width: 32, height: 16 })
    expect(readImageInfo(svg('width="64" viewBox="0 0 32 16"'))).toMatchObject({ width: 64, height: 32 })
    expect(readImageInfo(Buffer.from('plain text'))).toBeNull()
    expect(readImageInfo(Buffer.from('<html><svg width="1" height="1"></svg></html>'))).toBeNull()
  })
})
