/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react'
import { RelatedArticles } from '@/components/article/RelatedArticles'
import type { ArticleCardData } from '@/components/lists/ArticleCard'

function summary(slug: string, title: string, publishedAt = '2026-01-10T09:00:00Z'): ArticleCardData {
  return { slug, title, standfirst: `About ${title}`, publishedAt, authors: [{ name: 'A. Writer', slug: 'a-writer' }] }
}

describe('RelatedArticles', () => {
  it('renders a labelled section with the articles in the order given', () => {
    render(
      <RelatedArticles
        currentSlug="current"
        articles={[
          summary('oldest-pick', 'Editors pick, older', '2020-01-01T00:00:00Z'),
          summary('newest', 'Ranked, newest', '2026-05-01T00:00:00Z'),
          summary('middle', 'Ranked, middle', '2024-01-01T00:00:00Z'),
        ]}
      />,
    )
    const section = screen.getByRole('region', { name: 'Related articles' })
    expect(within(section).getByRole('heading', { level: 2, name: 'Related articles' })).toBeInTheDocument()
    const headings = within(section).getAllByRole('heading', { level: 3 })
    expect(headings.map((h) => h.textContent)).toEqual(['Editors pick, older', 'Ranked, newest', 'Ranked, middle'])
    expect(within(section).getByRole('link', { name: 'Ranked, newest' })).toHaveAttribute('href', '/articles/newest')
  })

  it('never offers the article itself, nor the same article twice', () => {
    render(
      <RelatedArticles
        currentSlug="current"
        articles={[summary('current', 'This very article'), summary('other', 'Other'), summary('other', 'Other again')]}
      />,
    )
    expect(screen.queryByRole('link', { name: 'This very article' })).not.toBeInTheDocument()
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(1)
  })

  it('renders nothing when there is nothing to relate', () => {
    const { container, rerender } = render(<RelatedArticles currentSlug="current" articles={[]} />)
    expect(container).toBeEmptyDOMElement()
    rerender(<RelatedArticles currentSlug="current" articles={[summary('current', 'Only itself')]} />)
    expect(container).toBeEmptyDOMElement()
    expect(screen.queryByRole('heading', { name: 'Related articles' })).not.toBeInTheDocument()
  })
})
