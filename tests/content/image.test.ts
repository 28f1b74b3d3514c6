import { baseImageUrl, imageBuilderFor, imageUrl, parseImageAssetRef } from '@/lib/content/image'
import { sanityImageLoader } from '@/lib/content/image-loader'
import { resolveContentSource } from '@/lib/content/source'

const local = imageBuilderFor(resolveContentSource({ LAKE_HOST: '127.0.0.1', LAKE_PORT: '4170' }))
const hosted = imageBuilderFor(resolveContentSource({ SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production' }))
const ref = 'image-0123abcd-1200x800-png'

describe('image URLs', () => {
  it('reads dimensions and format from the asset id', () => {
    expect(parseImageAssetRef(ref)).toEqual({ width: 1200, height: 800, format: 'png' })
    expect(parseImageAssetRef('file-0123abcd-pdf')).toBeNull()
    expect(parseImageAssetRef('image-0123abcd-0x800-png')).toBeNull()
  })

  it("serves local images from the lake's apiHost and hosted ones from the CDN", () => {
    expect(baseImageUrl(ref, local)).toBe('http://127.0.0.1:4170/images/local/production/0123abcd-1200x800.png')
    expect(baseImageUrl(ref, hosted)).toBe('https://cdn.sanity.io/images/abc123/production/0123abcd-1200x800.png')
  })

  it('applies crop and size', () => {
    const url = imageUrl({ assetId: ref, crop: { top: 0.1, bottom: 0.1, left: 0, right: 0 } }, { width: 600 }, hosted)
    expect(url).toMatch(/^https:\/\/cdn\.sanity\.io\/images\/abc123\/production\/0123abcd-1200x800\.png\?/)
    expect(url).toContain('rect=0,80,1200,640')
    expect(url).toContain('w=600')
  })

  it('gives next/image the width and quality it asks for', () => {
    const src = 'https://cdn.sanity.io/images/abc123/production/0123abcd-1200x800.png'
    const out = new URL(sanityImageLoader({ src, width: 640, quality: 60 }))
    expect(out.origin + out.pathname).toBe(src)
    expect(out.searchParams.get('w')).toBe('640')
    expect(out.searchParams.get('q')).toBe('60')
    expect(out.searchParams.get('fit')).toBe('max')
    expect(new URL(sanityImageLoader({ src: `${src}?rect=0,0,10,10`, width: 320 })).searchParams.get('rect')).toBe('0,0,10,10')
    expect(new URL(sanityImageLoader({ src, width: 320 })).searchParams.get('q')).toBe('75')
  })
})
