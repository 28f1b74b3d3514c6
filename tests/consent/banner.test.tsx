/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import Link from 'next/link'
import { ConsentBanner } from '@/components/consent/ConsentBanner'
import { safeNavHref } from '@/components/hrefs'
import { ConsentManager } from '@/components/consent/ConsentManager'
import { parseConsentCookie, readCookie } from '@/lib/consent/cookie'
import type { ConsentSettings } from '@/lib/content/types'
import { clearCookies, mockFetch, postedBodies, setConsentCookie } from './dom-helpers'
import { marketingCategory, seedConsentSettings, withMarketing } from './fixtures'

const settings = seedConsentSettings()

function Page({ consent = settings }: { consent?: ConsentSettings }) {
  return (
    <ConsentManager settings={consent} scripts={[]}>
      <ConsentBanner policyHref={safeNavHref(consent.privacyPolicyUrl)} />
      <main id="content" tabIndex={-1}>
        Article
      </main>
      <footer>
        <Link href="/privacy-settings" prefetch={false} data-privacy-settings="">
          Privacy settings
        </Link>
      </footer>
    </ConsentManager>
  )
}

const banner = () => screen.getByRole('region', { name: 'Your privacy choices' })
const currentCookie = () => parseConsentCookie(readCookie(document.cookie, 'mr_consent'))
let fetchMock: jest.Mock

beforeEach(() => {
  clearCookies()
  fetchMock = mockFetch()
  document.documentElement.removeAttribute('data-consent')
})

describe('ConsentBanner server markup (no JS)', () => {
  it('is a real form posting to /api/consent with accept, reject and manage buttons', () => {
    const html = renderToString(<Page />)
    const container = document.createElement('div')
    container.innerHTML = html
    const form = container.querySelector('form')!
    expect(form.getAttribute('method')).toBe('post')
    expect(form.getAttribute('action')).toBe('/api/consent')
    expect(container.querySelector('input[name="policyVersion"]')).toHaveAttribute('value', '1')
    const buttons = [...form.querySelectorAll('button')].map((b) => [b.getAttribute('type'), b.getAttribute('name'), b.getAttribute('value'), b.textContent])
    expect(buttons).toEqual([
      ['submit', 'action', 'accept_all', 'Accept all'],
      ['submit', 'action', 'reject_all', 'Reject all'],
      ['submit', 'action', 'manage', 'Manage choices'],
    ])
    expect(container.querySelector('[data-consent-banner]')).not.toHaveAttribute('hidden')
    expect(container.textContent).toContain('This site uses third party services that need your consent.')
  })
})

describe('ConsentBanner on a first visit', () => {
  it('shows the CMS texts with Accept all and Reject all of equal weight', () => {
    render(<Page />)
    const region = banner()
    expect(region).toBeVisible()
    expect(within(region).getByRole('heading', { name: 'Your privacy choices' })).toBeInTheDocument()
    expect(region).toHaveTextContent('This site uses third party services that need your consent.')
    expect(within(region).getByRole('link', { name: 'Learn more' })).toHaveAttribute('href', '/privacy')
    const accept = within(region).getByRole('button', { name: 'Accept all' })
    const reject = within(region).getByRole('button', { name: 'Reject all' })
    expect(reject.tagName).toBe(accept.tagName)
    expect(reject.className).toBe(accept.className)
    expect(reject.getAttribute('type')).toBe(accept.getAttribute('type'))
    expect(reject.parentElement).toBe(accept.parentElement)
    expect(document.documentElement).toHaveAttribute('data-consent', 'ask')
    // Nothing optional is set before a choice.
    expect(document.cookie).toBe('')
  })

  it('"Reject all" stores necessary only, records the choice and hides the banner', () => {
    render(<Page />)
    fireEvent.click(screen.getByRole('button', { name: 'Reject all' }))
    expect(currentCookie()).toMatchObject({ policyVersion: 1, categories: ['necessary'], services: [] })
    expect(fetchMock).toHaveBeenCalledWith('/api/consent', expect.objectContaining({ method: 'POST' }))
    expect(postedBodies(fetchMock)).toEqual([
      { consentId: currentCookie()!.consentId, policyVersion: 1, action: 'reject_all', categories: ['necessary'], services: [], source: 'banner' },
    ])
    expect(screen.queryByRole('region', { name: 'Your privacy choices' })).not.toBeInTheDocument()
    expect(document.documentElement).toHaveAttribute('data-consent', 'decided')
  })

  it('"Accept all" accepts every category', () => {
    render(<Page />)
    fireEvent.click(screen.getByRole('button', { name: 'Accept all' }))
    expect(currentCookie()!.categories).toEqual(['necessary', 'analytics', 'embeds'])
    expect(postedBodies(fetchMock)[0]).toMatchObject({ action: 'accept_all', source: 'banner' })
  })

  it('"Manage choices" opens per-category and per-service choices, none pre-ticked, with their details', async () => {
    render(<Page />)
    const manage = screen.getByRole('button', { name: 'Manage choices' })
    expect(manage).toHaveAttribute('aria-expanded', 'false')
    fireEvent.click(manage)
    expect(manage).toHaveAttribute('aria-expanded', 'true')
    const group = screen.getByRole('group', { name: 'Manage choices' })
    expect(screen.getByRole('heading', { name: 'Manage choices' })).toHaveFocus()
    // The details load on demand.
    const necessary = await within(group).findByRole('checkbox', { name: /Necessary: always on/ })
    expect(necessary).toBeChecked()
    expect(necessary).toBeDisabled()
    expect(within(group).getByRole('checkbox', { name: 'Allow analytics' })).not.toBeChecked()
    expect(within(group).getByRole('checkbox', { name: 'Allow embedded media' })).not.toBeChecked()
    expect(within(group).getByRole('checkbox', { name: 'Always allow YouTube' })).not.toBeChecked()
    expect(group).toHaveTextContent('The Meridian Review (self-hosted)')
    expect(group).toHaveTextContent('13 months')
    expect(group).toHaveTextContent('mr_analytics_id')
    expect(group).toHaveTextContent('Google Ireland Limited')

    fireEvent.click(within(group).getByRole('checkbox', { name: 'Allow analytics' }))
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Always allow Vimeo' }))
    fireEvent.click(within(group).getByRole('button', { name: 'Save choices' }))
    expect(currentCookie()).toMatchObject({ categories: ['necessary', 'analytics'], services: ['vimeo'] })
    expect(postedBodies(fetchMock)[0]).toMatchObject({ action: 'custom', categories: ['necessary', 'analytics'], services: ['vimeo'] })
  })

  it('Escape closes the manage layer and returns focus to "Manage choices"; the first layer stays', () => {
    render(<Page />)
    const manage = screen.getByRole('button', { name: 'Manage choices' })
    fireEvent.click(manage)
    fireEvent.keyDown(screen.getByRole('heading', { name: 'Manage choices' }), { key: 'Escape' })
    expect(screen.queryByRole('group', { name: 'Manage choices' })).not.toBeInTheDocument()
    expect(manage).toHaveFocus()
    expect(banner()).toBeVisible()
  })
})

describe('ConsentBanner for readers who already chose', () => {
  it('stays hidden, and the footer link reopens the choices with the current ones ticked', async () => {
    setConsentCookie({ categories: ['necessary', 'analytics'] })
    render(<Page />)
    expect(screen.queryByRole('region', { name: 'Your privacy choices' })).not.toBeInTheDocument()
    expect(document.documentElement).toHaveAttribute('data-consent', 'decided')

    const link = screen.getByRole('link', { name: 'Privacy settings' })
    link.focus()
    act(() => {
      link.click()
    })
    const group = screen.getByRole('group', { name: 'Manage choices' })
    expect(await within(group).findByRole('checkbox', { name: 'Allow analytics' })).toBeChecked()
    expect(screen.getByRole('heading', { name: 'Manage choices' })).toHaveFocus()

    fireEvent.keyDown(group, { key: 'Escape' })
    expect(screen.queryByRole('region', { name: 'Your privacy choices' })).not.toBeInTheDocument()
    expect(link).toHaveFocus()
  })

  it('withdrawal from the settings keeps the consent id and is recorded from "settings"', () => {
    setConsentCookie({ categories: ['necessary', 'analytics', 'embeds'] })
    render(<Page />)
    const before = currentCookie()!
    act(() => {
      screen.getByRole('link', { name: 'Privacy settings' }).click()
    })
    fireEvent.click(screen.getByRole('button', { name: 'Reject all' }))
    expect(currentCookie()).toMatchObject({ consentId: before.consentId, categories: ['necessary'] })
    expect(postedBodies(fetchMock)[0]).toMatchObject({ consentId: before.consentId, action: 'withdraw', source: 'settings' })
  })

  it('asks again under a new policy version, showing what changed', () => {
    setConsentCookie({ categories: ['necessary', 'analytics'], policyVersion: 1 })
    render(<Page consent={{ ...settings, policyVersion: 2, changeSummary: 'We now count visits differently.' }} />)
    expect(banner()).toBeVisible()
    expect(banner()).toHaveTextContent('What has changed: We now count visits differently.')
    expect(document.documentElement).toHaveAttribute('data-consent-reason', 'policy-changed')
  })

  it('asks again once the choice has expired', () => {
    const now = Math.floor(Date.now() / 1000)
    setConsentCookie({ decidedAt: now - 200 * 86_400, expiresAt: now - 20 * 86_400 })
    render(<Page />)
    expect(banner()).toBeVisible()
    expect(document.documentElement).toHaveAttribute('data-consent-reason', 'expired')
  })
})

describe('ConsentBanner focus and GPC', () => {
  it('moves focus only once <html> no longer hides the banner (the CSS hides it while data-consent="decided")', () => {
    setConsentCookie({ categories: ['necessary'] })
    render(<Page />)
    const seen: (string | null)[] = []
    const onFocus = () => seen.push(document.documentElement.getAttribute('data-consent'))
    document.addEventListener('focusin', onFocus)
    act(() => {
      screen.getByRole('link', { name: 'Privacy settings' }).click()
    })
    document.removeEventListener('focusin', onFocus)
    expect(screen.getByRole('heading', { name: 'Manage choices' })).toHaveFocus()
    expect(seen.at(-1)).toBe('ask')
  })

  it('records a GPC refusal without asking when GPC refuses every optional category', () => {
    const onlyMarketing = { ...settings, categories: [settings.categories[0]!, marketingCategory] }
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true })
    try {
      render(<Page consent={onlyMarketing} />)
      expect(screen.queryByRole('region', { name: 'Your privacy choices' })).not.toBeInTheDocument()
      expect(currentCookie()).toMatchObject({ categories: ['necessary'], services: [] })
      expect(postedBodies(fetchMock)).toEqual([expect.objectContaining({ action: 'reject_all', source: 'gpc' })])
    } finally {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl
    }
  })

  it('with GPC and other categories still asks, and shows marketing off and locked', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true })
    try {
      render(<Page consent={withMarketing(settings)} />)
      fireEvent.click(screen.getByRole('button', { name: 'Manage choices' }))
      const marketing = await screen.findByRole('checkbox', { name: 'Allow marketing' })
      expect(marketing).not.toBeChecked()
      expect(marketing).toBeDisabled()
      fireEvent.click(screen.getByRole('button', { name: 'Accept all' }))
      expect(currentCookie()!.categories).toEqual(['necessary', 'analytics', 'embeds'])
    } finally {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl
    }
  })
})
