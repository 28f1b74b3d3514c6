/**
 * `next/image` loader: asks the image pipeline for the width Next wants. Works for any Sanity image URL
 * (hosted CDN or the local lake, which serves the original and ignores the parameters). Used on the server
 * through getImageProps (components/media/SanityPicture.tsx).
 */
export function sanityImageLoader({ src, width, quality }: { src: string; width: number; quality?: number }): string {
  const url = new URL(src)
  url.searchParams.set('w', String(width))
  url.searchParams.set('q', String(quality ?? 75))
  url.searchParams.set('fit', 'max')
  url.searchParams.set('auto', 'format')
  return url.toString()
}
