/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { ConsentBanner } from '@/components/consent/ConsentBanner'
import { ConsentManager } from '@/components/consent/ConsentManager'
import { clearCookies, mockFetch } from './dom-helpers'
import { seedConsentSettings } from './fixtures'

// Records when the manage layer's module is first evaluated; the module itself is the real one.
let mockChoicesLoaded = false
jest.mock('@/components/consent/ConsentChoices', () => {
  mockChoicesLoaded = true
  return jest.requireActual('@/components/consent/ConsentChoices')
})

beforeEach(() => {
  clearCookies()
  mockFetch()
})

it('loads the manage layer only when the reader heads for "Manage choices", and keeps focus on its heading', async () => {
  render(
    <ConsentManager settings={seedConsentSettings()} scripts={[]}>
      <ConsentBanner policyHref="/privacy" />
    </ConsentManager>,
  )
  const manage = screen.getByRole('button', { name: 'Manage choices' })
  expect(screen.getByRole('button', { name: 'Accept all' })).toBeVisible()
  expect(screen.getByRole('button', { name: 'Reject all' })).toBeVisible()
  await Promise.resolve()
  expect(mockChoicesLoaded).toBe(false)

  // Focus (or a pointer over the button) starts the download before the click.
  act(() => manage.focus())
  await waitFor(() => expect(mockChoicesLoaded).toBe(true))

  fireEvent.click(manage)
  const group = screen.getByRole('group', { name: 'Manage choices' })
  expect(group).toHaveTextContent('Loading your choices…')
  expect(screen.getByRole('heading', { name: 'Manage choices' })).toHaveFocus()

  expect(await within(group).findByRole('checkbox', { name: 'Allow analytics' })).not.toBeChecked()
  expect(within(group).getByRole('button', { name: 'Save choices' })).toBeInTheDocument()
  expect(group).not.toHaveTextContent('Loading your choices…')
  expect(screen.getByRole('heading', { name: 'Manage choices' })).toHaveFocus()
})
