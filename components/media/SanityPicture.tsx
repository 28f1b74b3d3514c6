import { getImageProps } from 'next/image'
import { preload } from 'react-dom'
import { sanityImageLoader } from '@/lib/content/image-loader'

type SanityPictureProps = {
  src: string
  width: number
  height: number
  alt: string
  sizes: string
  priority?: boolean
  className?: string
}

/**
 * next/image's props (srcset from the Sanity image loader, sizes, width and height) on a plain <img>, rendered
 * on the server: the loader stays on the server and the page ships no image JavaScript. A priority image
 * loads eagerly and is preloaded from <head>, as next/image's `preload` does.
 */
export function SanityPicture({ src, width, height, alt, sizes, priority = false, className }: SanityPictureProps) {
  const { props } = getImageProps({ loader: sanityImageLoader, src, width, height, alt, sizes, priority, className })
  if (priority) preload(props.src, { as: 'image', imageSrcSet: props.srcSet, imageSizes: props.sizes })
  // eslint-disable-next-line @next/next/no-img-element -- getImageProps gives next/image's own <img> attributes
  return <img {...props} alt={alt} />
}
