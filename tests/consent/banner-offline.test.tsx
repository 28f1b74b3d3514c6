/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/react'
import { ConsentBanner } from '@/components/consent/ConsentBanner'
import { ConsentManager } from '@/components/consent/ConsentManager'
import { parseConsentCookie, readCookie } from '@/lib/consent/cookie'
import { clearCookies, mockFetch } from './dom-helpers'
import { seedConsentSettings } from './fixtures'

// The manage layer's chunk cannot be fetched (offline, or a newer deploy removed it).
jest.mock('@/components/consent/ConsentChoices', () => {
  throw new Error('ChunkLoadError: Loading chunk failed')
})

beforeEach(() => {
  clearCookies()
  mockFetch()
})

it('when the manage layer cannot load, it points to the settings page and the banner keeps working', async () => {
  render(
    <ConsentManager settings={seedConsentSettings()} scripts={[]}>
      <ConsentBanner policyHref="/privacy" />
    </ConsentManager>,
  )
  fireEvent.click(screen.getByRole('button', { name: 'Manage choices' }))
  const group = screen.getByRole('group', { name: 'Manage choices' })
  const alert = await within(group).findByRole('alert')
  expect(within(alert).getByRole('link', { name: 'Open the privacy settings page' })).toHaveAttribute('href', '/privacy-settings')
  expect(within(group).queryByRole('button', { name: 'Save choices' })).not.toBeInTheDocument()

  fireEvent.click(screen.getByRole('button', { name: 'Reject all' }))
  expect(parseConsentCookie(readCookie(document.cookie, 'mr_consent'))).toMatchObject({ categories: ['necessary'] })
  expect(screen.queryByRole('region', { name: 'Your privacy choices' })).not.toBeInTheDocument()
})
