import type { SanityImage } from '@/lib/content/types'
import { SanityPicture } from './SanityPicture'
import styles from './ContentFigure.module.css'

/** What a figure needs, whatever the image's source document: an asset URL with its intrinsic size. */
export type FigureImage = {
  src: string
  width: number
  height: number
  alt: string
  caption?: string | null
  credit?: string | null
}

export function toFigureImage(image: SanityImage): FigureImage {
  return { src: image.url, width: image.width, height: image.height, alt: image.alt, caption: image.caption, credit: image.credit }
}

type ContentFigureProps = {
  image: FigureImage
  /** The `sizes` attribute: how wide the image is drawn at each viewport width. */
  sizes: string
  priority?: boolean
  className?: string
}

/** An image with its caption and credit; width and height reserve the space so nothing shifts. */
export function ContentFigure({ image, sizes, priority = false, className }: ContentFigureProps) {
  return (
    <figure className={[styles.figure, className].filter(Boolean).join(' ')}>
      <SanityPicture
        src={image.src}
        width={image.width}
        height={image.height}
        alt={image.alt}
        sizes={sizes}
        priority={priority}
        className={styles.image}
      />
      {image.caption || image.credit ? (
        <figcaption className={styles.caption}>
          {image.caption ? <span>{image.caption}</span> : null}
          {image.credit ? <span className={styles.credit}>{image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
