/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react'
import { ArticleBody } from '@/components/article/ArticleBody'

type Span = { _type: 'span'; _key: string; text: string; marks: string[] }
let keyCounter = 0
const key = () => `k${++keyCounter}`
const span = (text: string, marks: string[] = []): Span => ({ _type: 'span', _key: key(), text, marks })

function block(children: Span[], extra: Record<string, unknown> = {}) {
  return { _type: 'block', _key: key(), style: 'normal', markDefs: [], children, ...extra }
}

function renderBody(value: unknown[]) {
  return render(<ArticleBody value={value as { _type: string }[]} />)
}

describe('ArticleBody', () => {
  it('renders paragraphs, h2, h3 and blockquotes', () => {
    renderBody([
      block([span('A heading')], { style: 'h2' }),
      block([span('A subheading')], { style: 'h3' }),
      block([span('Plain paragraph.')]),
      block([span('Quoted words.')], { style: 'blockquote' }),
    ])
    expect(screen.getByRole('heading', { level: 2, name: 'A heading' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 3, name: 'A subheading' })).toBeInTheDocument()
    expect(screen.getByText('Plain paragraph.').tagName).toBe('P')
    expect(screen.getByText('Quoted words.').closest('blockquote')).not.toBeNull()
  })

  it('renders bullet and numbered lists', () => {
    renderBody([
      block([span('First bullet')], { listItem: 'bullet', level: 1 }),
      block([span('Second bullet')], { listItem: 'bullet', level: 1 }),
      block([span('Step one')], { listItem: 'number', level: 1 }),
    ])
    const lists = screen.getAllByRole('list')
    expect(lists).toHaveLength(2)
    expect(lists[0]!.tagName).toBe('UL')
    expect(within(lists[0]!).getAllByRole('listitem')).toHaveLength(2)
    expect(lists[1]!.tagName).toBe('OL')
    expect(within(lists[1]!).getByRole('listitem')).toHaveTextContent('Step one')
  })

  it('renders strong, em and code decorators', () => {
    renderBody([block([span('bold', ['strong']), span(' and '), span('italic', ['em']), span(' '), span('x = 1', ['code'])])])
    expect(screen.getByText('bold').tagName).toBe('STRONG')
    expect(screen.getByText('italic').tagName).toBe('EM')
    expect(screen.getByText('x = 1').tagName).toBe('CODE')
  })

  it('renders external links, new-tab links with rel noopener, and internal links', () => {
    renderBody([
      block([span('same tab', ['l1']), span(' '), span('new tab', ['l2']), span(' '), span('our piece', ['l3']), span(' '), span('mail', ['l4'])], {
        markDefs: [
          { _type: 'link', _key: 'l1', href: 'https://example.org/report' },
          { _type: 'link', _key: 'l2', href: 'https://example.org/data', openInNewTab: true },
          { _type: 'link', _key: 'l3', href: '/articles/trade-after-the-war', internal: true, openInNewTab: false },
          { _type: 'link', _key: 'l4', href: 'mailto:desk@example.org' },
        ],
      }),
    ])
    const same = screen.getByRole('link', { name: 'same tab' })
    expect(same).toHaveAttribute('href', 'https://example.org/report')
    expect(same).not.toHaveAttribute('target')

    const newTab = screen.getByRole('link', { name: 'new tab (opens in a new tab)' })
    expect(newTab).toHaveAttribute('target', '_blank')
    expect(newTab.getAttribute('rel')).toContain('noopener')

    expect(screen.getByRole('link', { name: 'our piece' })).toHaveAttribute('href', '/articles/trade-after-the-war')
    expect(screen.getByRole('link', { name: 'mail' })).toHaveAttribute('href', 'mailto:desk@example.org')
  })

  it('never outputs an unsafe href: the words stay, the link goes', () => {
    const unsafe = ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', ' javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', '//evil.example/']
    const markDefs = unsafe.map((href, index) => ({ _type: 'link', _key: `u${index}`, href }))
    const { container } = renderBody([
      block(
        unsafe.map((_, index) => span(`unsafe ${index}`, [`u${index}`])),
        { markDefs },
      ),
      block([span('bad internal', ['i1']), span(' '), span('protocol-relative', ['i2']), span(' '), span('no target', ['i3'])], {
        markDefs: [
          { _type: 'link', _key: 'i1', href: 'javascript:alert(1)', internal: true },
          { _type: 'link', _key: 'i2', href: '//evil.example/x', internal: true },
          { _type: 'link', _key: 'i3', internal: true },
        ],
      }),
    ])
    expect(screen.queryAllByRole('link')).toHaveLength(0)
    expect(container.innerHTML).not.toMatch(/javascript:|vbscript:|data:text/i)
    expect(screen.getByText(/unsafe 0/)).toBeInTheDocument()
    expect(screen.getByText(/bad internal/)).toBeInTheDocument()
    expect(container.innerHTML).not.toContain('evil.example')
  })

  it('renders body images with alt text, caption and credit, sized to avoid layout shift', () => {
    renderBody([
      {
        _type: 'bodyImage',
        _key: key(),
        image: {
          assetId: 'image-abc-1200x800-png',
          url: 'http://127.0.0.1:3333/images/local/production/abc-1200x800.png',
          width: 1200,
          height: 800,
          alt: 'Container ships at anchor',
          caption: 'Ships wait outside the port.',
          credit: 'Photo: Port Authority',
        },
      },
    ])
    const image = screen.getByRole('img', { name: 'Container ships at anchor' })
    expect(image).toHaveAttribute('width', '1200')
    expect(image).toHaveAttribute('height', '800')
    expect(image.getAttribute('srcset')).toContain('abc-1200x800.png?w=')
    const figure = image.closest('figure')!
    expect(within(figure).getByText('Ships wait outside the port.')).toBeInTheDocument()
    expect(within(figure).getByText('Photo: Port Authority')).toBeInTheDocument()
  })

  it('renders embeds as a click-to-view placeholder that loads nothing from the service', () => {
    const { container } = renderBody([
      { _type: 'embed', _key: key(), service: 'youtube', url: 'https://www.youtube.com/watch?v=abc123', title: 'Panel on sanctions', caption: 'Recorded in March.' },
    ])
    const link = screen.getByRole('link', { name: /View on YouTube/ })
    expect(link).toHaveAttribute('href', 'https://www.youtube.com/watch?v=abc123')
    expect(screen.getByText('Panel on sanctions')).toBeInTheDocument()
    expect(screen.getByText('Recorded in March.')).toBeInTheDocument()
    expect(container.querySelector('iframe, script')).toBeNull()
  })

  it('skips block types it does not know instead of failing', () => {
    renderBody([{ _type: 'mysteryWidget', _key: key(), payload: 1 }, block([span('After the unknown block.')])])
    expect(screen.getByText('After the unknown block.')).toBeInTheDocument()
  })
})
