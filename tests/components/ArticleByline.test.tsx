/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react'
import { ArticleByline } from '@/components/article/ArticleByline'

describe('ArticleByline', () => {
  it('links each author to their page and shows the one-line bio', () => {
    render(
      <ArticleByline
        authors={[
          { name: 'Amara Okafor', slug: 'amara-okafor', bio: 'Senior fellow, energy security.' },
          { name: 'Tomasz Wiśniewski', slug: 'tomasz-wisniewski', bio: 'Director, Europe programme.' },
        ]}
      />,
    )
    const amara = screen.getByRole('link', { name: 'Amara Okafor' })
    expect(amara).toHaveAttribute('href', '/authors/amara-okafor')
    expect(amara).toHaveAttribute('rel', 'author')
    expect(screen.getByRole('link', { name: 'Tomasz Wiśniewski' })).toHaveAttribute('href', '/authors/tomasz-wisniewski')

    const items = screen.getAllByRole('listitem')
    expect(items).toHaveLength(2)
    expect(within(items[0]!).getByText('Senior fellow, energy security.')).toBeInTheDocument()
    expect(within(items[1]!).getByText('Director, Europe programme.')).toBeInTheDocument()
    expect(screen.getByText('By')).toBeInTheDocument()
  })

  it('keeps the order editors gave', () => {
    render(
      <ArticleByline
        authors={[
          { name: 'Zed Last', slug: 'zed', bio: 'b' },
          { name: 'Abe First', slug: 'abe', bio: 'a' },
        ]}
      />,
    )
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(['Zed Last', 'Abe First'])
  })

  it('renders an author without a bio and nothing at all without authors', () => {
    const { container, rerender } = render(<ArticleByline authors={[{ name: 'Solo', slug: 'solo' }]} />)
    expect(screen.getByRole('link', { name: 'Solo' })).toBeInTheDocument()
    rerender(<ArticleByline authors={[]} />)
    expect(container).toBeEmptyDOMElement()
  })
})
