import { bodyToHtml } from '@/lib/seo/portable-text-html'
import type { PortableTextBody } from '@/lib/content/types'

const span = (text: string, marks: string[] = []) => ({ _type: 'span' as const, _key: text, text, marks })

const body: PortableTextBody = [
  { _type: 'block', _key: 'a', style: 'h2', children: [span('Heading <1>')], markDefs: [] },
  {
    _type: 'block',
    _key: 'b',
    style: 'normal',
    children: [span('See '), span('this', ['l1', 'strong']), span(' and '), span('that', ['l2'])],
    markDefs: [
      { _type: 'link', _key: 'l1', href: '/articles/other', openInNewTab: false, internal: true },
      { _type: 'link', _key: 'l2', href: 'https://example.com/?a=1&b=2', openInNewTab: true, internal: false },
    ],
  },
  { _type: 'block', _key: 'c', style: 'normal', listItem: 'bullet', level: 1, children: [span('one')], markDefs: [] },
  { _type: 'block', _key: 'd', style: 'normal', listItem: 'bullet', level: 1, children: [span('two')], markDefs: [] },
  { _type: 'block', _key: 'e', style: 'normal', listItem: 'number', level: 1, children: [span('first')], markDefs: [] },
  { _type: 'embed', _key: 'f', service: 'youtube', url: 'https://www.youtube.com/watch?v=x', title: 'A talk' },
  {
    _type: 'bodyImage',
    _key: 'g',
    image: { assetId: 'image-abc-10x10-png', url: 'https://cdn.example/i.png', width: 10, height: 10, alt: 'A "map"', caption: 'Caption', credit: 'Credit' },
  },
]

describe('bodyToHtml', () => {
  const html = bodyToHtml(body, 'https://example.org')

  it('escapes text and renders headings', () => {
    expect(html).toContain('<h2>Heading &lt;1&gt;</h2>')
  })

  it('makes internal links absolute and keeps external ones, escaped', () => {
    expect(html).toContain('<strong><a href="https://example.org/articles/other">this</a></strong>')
    expect(html).toContain('<a href="https://example.com/?a=1&amp;b=2">that</a>')
  })

  it('groups consecutive list items and switches list type', () => {
    expect(html).toContain('<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<ol>\n<li>first</li>\n</ol>')
  })

  it('turns embeds into plain links and images into figures with alt text', () => {
    expect(html).toContain('<p><a href="https://www.youtube.com/watch?v=x">A talk</a></p>')
    expect(html).toContain('alt="A &quot;map&quot;"')
    expect(html).toContain('<figcaption>Caption Credit</figcaption>')
    expect(html).not.toMatch(/<iframe|<script/)
  })
})
