/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react'
import HomePage from '@/app/page'

describe('placeholder home page', () => {
  it('renders the main landmark with a heading', () => {
    render(<HomePage />)
    expect(screen.getByRole('main')).toHaveAttribute('id', 'content')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('The Meridian Review')
  })
})
