'use client'

import Image from 'next/image'
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
 * next/image with the Sanity image loader. A client module only because a loader is a function, which
 * cannot cross from a Server Component; it is still rendered on the server with a full srcset.
 */
export function SanityPicture({ src, width, height, alt, sizes, priority = false, className }: SanityPictureProps) {
  return (
    <Image
      loader={sanityImageLoader}
      src={src}
      width={width}
      height={height}
      alt={alt}
      sizes={sizes}
      priority={priority}
      className={className}
    />
  )
}
