import { excerpt, isSafeHref, readingTimeMinutes, shapeBody } from '@/lib/content/portable-text'
import type { PortableTextBody, PortableTextTextBlock } from '@/lib/content/types'
import rawBody from './fixtures/body.json'

function paragraph(text: string, key = 'p'): PortableTextTextBlock {
  return { _type: 'block', _key: key, style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 's', text, marks: [] }] }
}

describe('shapeBody', () => {
  const { body, warnings } = shapeBody(rawBody)
  const messages = warnings.map((w) => `${w.path.join('.')}: ${w.message}`)

  it('keeps the valid blocks in order and drops broken or unknown ones', () => {
    expect(body.map((b) => b._key)).toEqual(['b0', 'b2', 'b3', 'b5', 'b7', 'b8'])
  })

  it('resolves internal links to article paths and keeps safe external links', () => {
    const first = body[0] as PortableTextTextBlock
    expect(first.markDefs).toEqual([
      { _type: 'link', _key: 'm-ext', href: 'https://example.org/report', openInNewTab: true, internal: false },
      { _type: 'link', _key: 'm-int', href: '/articles/other-article', openInNewTab: false, internal: true },
      { _type: 'link', _key: 'm-mail', href: 'mailto:desk@example.org', openInNewTab: false, internal: false },
      { _type: 'link', _key: 'm-rel', href: '/topics/trade', openInNewTab: false, internal: false },
    ])
  })

  it('removes unsafe and dangling link marks but keeps their text and decorators', () => {
    const first = body[0] as PortableTextTextBlock
    expect(first.children.map((c) => c.text).join('')).toBe(
      'Read the report and our earlier piece or a deleted one and a trap write to us or browse.',
    )
    expect(first.children.find((c) => c._key === 's4')?.marks).toEqual(['em'])
    expect(first.children.find((c) => c._key === 's5')?.marks).toEqual([])
    expect(first.children.find((c) => c._key === 's7')?.marks).toEqual(['m-rel'])
    expect(first.children.find((c) => c._key === 's1')?.marks).toEqual(['m-ext', 'strong'])
  })

  it('reports every problem with its path', () => {
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^body\.0\.markDefs\.2\.reference: internal link to a missing/),
        expect.stringMatching(/^body\.0\.markDefs\.3\.href: unsafe or missing link URL "javascript:alert\(1\)"/),
        expect.stringMatching(/^body\.0\.children\.7\.marks: unknown mark "underline"/),
        expect.stringMatching(/^body\.1: unknown block type "pullQuote"/),
        expect.stringMatching(/^body\.4\.alt: alt text is required/),
        expect.stringMatching(/^body\.6\.url: must be an https URL/),
        expect.stringMatching(/^body\.7\.style: unknown block style "h1"/),
        expect.stringMatching(/^body\.8\.listItem: unknown list type "checklist"/),
        expect.stringMatching(/^body\.9\.children\.0\.text: /),
        expect.stringMatching(/^body\.10: unknown block type null/),
      ]),
    )
  })

  it('shapes images, embeds and list items', () => {
    expect(body[2]).toMatchObject({
      _type: 'bodyImage',
      image: { assetId: 'image-abc123-1200x800-png', width: 1200, height: 800, alt: 'A chart', caption: 'Caption', hotspot: { x: 0.5 } },
    })
    expect((body[2] as { image: object }).image).not.toHaveProperty('credit')
    expect(body[3]).toEqual({ _type: 'embed', _key: 'b5', service: 'youtube', url: 'https://www.youtube.com/watch?v=abc', title: 'A talk' })
    expect(body[4]).toMatchObject({ style: 'normal', listItem: 'bullet', level: 2 })
    expect(body[5]).toMatchObject({ style: 'normal', markDefs: [] })
    expect(body[5]).not.toHaveProperty('listItem')
  })

  it('accepts a missing body', () => {
    expect(shapeBody(undefined)).toEqual({ body: [], warnings: [] })
  })
})

describe('isSafeHref', () => {
  it.each(['https://a.example/x', 'http://a.example', 'mailto:a@b.example', 'tel:+441234', '/articles/x', '#notes', 'relative/path'])(
    'allows %s',
    (href) => expect(isSafeHref(href)).toBe(true),
  )
  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', ''])(
    'refuses %j',
    (href) => expect(isSafeHref(href)).toBe(false),
  )
})

describe('reading time and excerpt', () => {
  it('reads at about 225 words a minute, at least one minute', () => {
    expect(readingTimeMinutes([])).toBe(1)
    expect(readingTimeMinutes([paragraph('word '.repeat(100))])).toBe(1)
    expect(readingTimeMinutes([paragraph('word '.repeat(450))])).toBe(2)
    expect(readingTimeMinutes([paragraph('word '.repeat(1125)), paragraph('word '.repeat(1125))])).toBe(10)
  })

  it('ignores images and embeds when counting', () => {
    const body: PortableTextBody = [
      paragraph('word '.repeat(450)),
      { _type: 'embed', _key: 'e', service: 'vimeo', url: 'https://vimeo.com/1', title: 'x '.repeat(1000) },
    ]
    expect(readingTimeMinutes(body)).toBe(2)
  })

  it('returns short bodies whole and cuts long ones on a word boundary', () => {
    expect(excerpt([paragraph('Short  text.'), paragraph('More.')])).toBe('Short text. More.')
    const long = 'Alpha beta gamma delta epsilon. '.repeat(10)
    const cut = excerpt([paragraph(long)])
    expect(cut.length).toBeLessThanOrEqual(160)
    expect(cut.endsWith('…')).toBe(true)
    expect(long.startsWith(cut.slice(0, -1))).toBe(true)
    expect(long.charAt(cut.length - 1)).toMatch(/[ .]/)
  })

  it('takes paragraphs, not headings, for the excerpt', () => {
    const heading: PortableTextTextBlock = { ...paragraph('Heading'), style: 'h2' }
    expect(excerpt([heading, paragraph('Body text.')])).toBe('Body text.')
  })
})
