/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { EmbedPlaceholder } from '@/components/article/EmbedPlaceholder'

describe('EmbedPlaceholder', () => {
  it('links to the embed with the service name and title', () => {
    render(<EmbedPlaceholder service="bluesky" url="https://bsky.app/profile/x/post/1" title="Thread on tariffs" />)
    expect(screen.getByRole('link', { name: /View on Bluesky\s*: Thread on tariffs/ })).toHaveAttribute('href', 'https://bsky.app/profile/x/post/1')
  })

  it('keeps the title but no link for an unsafe URL', () => {
    render(<EmbedPlaceholder service="x" url="javascript:alert(1)" title="A post" caption={null} />)
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(screen.getByText('A post')).toBeInTheDocument()
  })
})
