/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react'
import { Pagination, pageSlots } from '@/components/lists/Pagination'

const hrefForPage = (page: number) => (page === 1 ? '/' : `/page/${page}`)

describe('Pagination', () => {
  it('links every page, marks the current one, and offers previous and next', () => {
    render(<Pagination currentPage={2} totalPages={3} hrefForPage={hrefForPage} />)
    const nav = screen.getByRole('navigation', { name: 'Pagination' })
    expect(within(nav).getByRole('link', { name: 'Page 1' })).toHaveAttribute('href', '/')
    const current = within(nav).getByRole('link', { name: 'Page 2' })
    expect(current).toHaveAttribute('aria-current', 'page')
    expect(current).toHaveAttribute('href', '/page/2')
    expect(within(nav).getByRole('link', { name: 'Page 3' })).not.toHaveAttribute('aria-current')
    expect(within(nav).getByRole('link', { name: 'Previous page' })).toHaveAttribute('href', '/')
    expect(within(nav).getByRole('link', { name: 'Previous page' })).toHaveAttribute('rel', 'prev')
    expect(within(nav).getByRole('link', { name: 'Next page' })).toHaveAttribute('href', '/page/3')
    expect(within(nav).getByRole('link', { name: 'Next page' })).toHaveAttribute('rel', 'next')
    expect(nav.querySelectorAll('[aria-current]')).toHaveLength(1)
  })

  it('has no previous link on the first page', () => {
    render(<Pagination currentPage={1} totalPages={3} hrefForPage={hrefForPage} />)
    expect(screen.queryByRole('link', { name: 'Previous page' })).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Next page' })).toHaveAttribute('href', '/page/2')
    expect(screen.getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page')
  })

  it('has no next link on the last page', () => {
    render(<Pagination currentPage={3} totalPages={3} hrefForPage={hrefForPage} />)
    expect(screen.queryByRole('link', { name: 'Next page' })).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Previous page' })).toHaveAttribute('href', '/page/2')
  })

  it('renders nothing for a single page', () => {
    const { container } = render(<Pagination currentPage={1} totalPages={1} hrefForPage={hrefForPage} />)
    expect(container).toBeEmptyDOMElement()
  })

  it('elides distant pages but keeps the first, the last and the neighbours', () => {
    expect(pageSlots(10, 20)).toEqual([1, 'gap', 9, 10, 11, 'gap', 20])
    expect(pageSlots(1, 20)).toEqual([1, 2, 'gap', 20])
    expect(pageSlots(3, 5)).toEqual([1, 2, 3, 4, 5])
    render(<Pagination currentPage={10} totalPages={20} hrefForPage={hrefForPage} />)
    expect(screen.getByRole('link', { name: 'Page 20' })).toHaveAttribute('href', '/page/20')
    expect(screen.queryByRole('link', { name: 'Page 5' })).not.toBeInTheDocument()
  })
})
