/** @jest-environment node */
import { renderToString } from 'react-dom/server'
import { SanityPicture } from '@/components/media/SanityPicture'

const SRC = 'http://127.0.0.1:3333/images/local/production/abc-1200x800.png'

function html(priority: boolean) {
  const markup = renderToString(
    <html>
      <body>
        <SanityPicture src={SRC} width={1200} height={800} alt="Ships at anchor" sizes="(min-width: 72rem) 68rem, 100vw" priority={priority} />
      </body>
    </html>,
  )
  return new Markup(markup)
}

/** Just enough parsing for attribute checks: the first tag matching a pattern, with its attributes. */
class Markup {
  constructor(readonly markup: string) {}
  tag(name: string, where: (attrs: Record<string, string>) => boolean = () => true): Record<string, string> | null {
    for (const m of this.markup.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'g'))) {
      const attrs = Object.fromEntries([...m[1]!.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!.toLowerCase(), (a[2] ?? '').replace(/&amp;/g, '&')]))
      if (where(attrs)) return attrs
    }
    return null
  }
}

describe('SanityPicture (server-rendered next/image props, no client JS)', () => {
  it('renders an <img> with the Sanity pipeline srcset, sizes and intrinsic size, lazy by default', () => {
    const img = html(false).tag('img')!
    expect(img).toMatchObject({ alt: 'Ships at anchor', width: '1200', height: '800', sizes: '(min-width: 72rem) 68rem, 100vw', loading: 'lazy', decoding: 'async' })
    const candidates = img.srcset!.split(', ')
    expect(candidates).toContain(`${SRC}?w=640&q=75&fit=max&auto=format 640w`)
    expect(candidates).toContain(`${SRC}?w=3840&q=75&fit=max&auto=format 3840w`)
    expect(img.src).toBe(`${SRC}?w=3840&q=75&fit=max&auto=format`)
  })

  it('loads a priority image eagerly and preloads it from <head> with the same srcset and sizes', () => {
    const page = html(true)
    const img = page.tag('img')!
    expect(img.loading).toBeUndefined()
    const preload = page.tag('link', (a) => a.rel === 'preload' && a.as === 'image')
    expect(preload).not.toBeNull()
    expect(preload!.imagesrcset).toBe(img.srcset)
    expect(preload!.imagesizes).toBe(img.sizes)
    expect(page.markup.indexOf('<link rel="preload"')).toBeLessThan(page.markup.indexOf('<body'))
  })

  it('preloads nothing for an image that is not a priority', () => {
    expect(html(false).tag('link', (a) => a.rel === 'preload')).toBeNull()
  })
})
