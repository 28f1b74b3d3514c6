import { createImageUrlBuilder, type ImageUrlBuilder } from '@sanity/image-url'
import { resolveContentSource, type ContentSource } from './source'
import type { SanityImage } from './types'

/**
 * Image URLs for the current content source. Hosted Sanity serves images from its CDN; the local lake
 * serves them under its own apiHost at the same path (`/images/<projectId>/<dataset>/<id>-<w>x<h>.<ext>`).
 */
export function imageBuilderFor(source: ContentSource): ImageUrlBuilder {
  return createImageUrlBuilder({
    projectId: source.projectId,
    dataset: source.dataset,
    ...(source.kind === 'local' && source.apiHost ? { baseUrl: source.apiHost } : {}),
  })
}

let defaultBuilder: ImageUrlBuilder | undefined
function builder(): ImageUrlBuilder {
  defaultBuilder ??= imageBuilderFor(resolveContentSource())
  return defaultBuilder
}

const ASSET_REF = /^image-([A-Za-z0-9]+)-(\d+)x(\d+)-([a-z0-9]+)$/

/** Dimensions and format are part of an image asset id: `image-<hash>-<width>x<height>-<format>`. */
export function parseImageAssetRef(ref: string): { width: number; height: number; format: string } | null {
  const m = ASSET_REF.exec(ref)
  if (!m) return null
  const width = Number(m[2])
  const height = Number(m[3])
  if (!(width > 0 && height > 0)) return null
  return { width, height, format: m[4] as string }
}

type ImageSource = Pick<SanityImage, 'assetId' | 'crop' | 'hotspot'>

/** A URL for the image, honouring the editor's crop and hotspot; `width`/`height` resize it. */
export function imageUrl(image: ImageSource, size: { width?: number; height?: number } = {}, b: ImageUrlBuilder = builder()): string {
  let chain = b.image({ asset: { _ref: image.assetId }, crop: image.crop, hotspot: image.hotspot })
  if (size.width) chain = chain.width(size.width)
  if (size.height) chain = chain.height(size.height)
  return chain.url()
}

/** The uncropped original; what `SanityImage.url` holds. */
export function baseImageUrl(assetId: string, b: ImageUrlBuilder = builder()): string {
  return b.image({ asset: { _ref: assetId } }).url()
}

