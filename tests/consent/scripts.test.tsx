/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react'
import Link from 'next/link'
import { ConsentBanner } from '@/components/consent/ConsentBanner'
import { safeNavHref } from '@/components/hrefs'
import { ConsentManager } from '@/components/consent/ConsentManager'
import { clearCookies, cookieNames, mockFetch, setConsentCookie } from './dom-helpers'
import { seedConsentSettings } from './fixtures'

let mockPathname = '/'
jest.mock('next/navigation', () => ({ ...jest.requireActual('next/navigation'), usePathname: () => mockPathname }))

const settings = seedConsentSettings()
const analyticsScript = () => document.head.querySelector('script[src="/analytics/meridian.js"]')

function Page() {
  return (
    <ConsentManager settings={settings}>
      <ConsentBanner policyHref={safeNavHref(settings.privacyPolicyUrl)} />
      <Link href="/privacy-settings" prefetch={false} data-privacy-settings="">
        Privacy settings
      </Link>
    </ConsentManager>
  )
}

beforeEach(() => {
  mockPathname = '/'
  clearCookies()
  mockFetch()
  document.head.innerHTML = ''
  delete (window as { meridianAnalytics?: unknown }).meridianAnalytics
})

describe('ConsentScripts: the analytics script', () => {
  it('is not injected before a choice, nor after "Reject all"', () => {
    render(<Page />)
    expect(analyticsScript()).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Reject all' }))
    expect(analyticsScript()).toBeNull()
  })

  it('is injected once "analytics" is accepted', () => {
    render(<Page />)
    fireEvent.click(screen.getByRole('button', { name: 'Accept all' }))
    const script = analyticsScript()
    expect(script).not.toBeNull()
    expect(script).toHaveAttribute('data-consent-category', 'analytics')
    expect(script).toHaveAttribute('data-consent-service', 'meridian-analytics')
    expect(document.head.querySelectorAll('script')).toHaveLength(1)
  })

  it('is not injected when only embeds are accepted', () => {
    setConsentCookie({ categories: ['necessary', 'embeds'] })
    render(<Page />)
    expect(analyticsScript()).toBeNull()
  })

  it('is removed and stopped, and its cookie deleted, when consent is withdrawn', () => {
    setConsentCookie({ categories: ['necessary', 'analytics'] })
    const stop = jest.fn()
    ;(window as { meridianAnalytics?: unknown }).meridianAnalytics = { stop, track: jest.fn() }
    render(<Page />)
    expect(analyticsScript()).not.toBeNull()
    document.cookie = 'mr_analytics_id=0123456789abcdef0123; Path=/'
    expect(cookieNames()).toContain('mr_analytics_id')

    act(() => {
      screen.getByRole('link', { name: 'Privacy settings' }).click()
    })
    fireEvent.click(screen.getByRole('button', { name: 'Reject all' }))
    expect(analyticsScript()).toBeNull()
    expect(stop).toHaveBeenCalled()
    expect(cookieNames()).not.toContain('mr_analytics_id')
    expect(cookieNames()).toContain('mr_consent')
  })

  it('deletes a leftover analytics cookie when the choice has lapsed', () => {
    const now = Math.floor(Date.now() / 1000)
    setConsentCookie({ categories: ['necessary', 'analytics'], decidedAt: now - 200 * 86_400, expiresAt: now - 86_400 })
    document.cookie = 'mr_analytics_id=0123456789abcdef0123; Path=/'
    render(<Page />)
    expect(cookieNames()).not.toContain('mr_analytics_id')
    expect(analyticsScript()).toBeNull()
  })
})

describe('ConsentScripts: client-side navigations', () => {
  it('count as page views only while analytics is allowed', () => {
    const track = jest.fn()
    ;(window as { meridianAnalytics?: unknown }).meridianAnalytics = { stop: jest.fn(), track }
    setConsentCookie({ categories: ['necessary', 'analytics'] })
    const first = render(<Page />)
    mockPathname = '/articles/a'
    first.rerender(<Page />)
    expect(track).toHaveBeenCalledWith('/articles/a')
    first.unmount()

    clearCookies()
    setConsentCookie({ categories: ['necessary'] })
    track.mockClear()
    const second = render(<Page />)
    mockPathname = '/articles/b'
    second.rerender(<Page />)
    expect(track).not.toHaveBeenCalledWith('/articles/b')
  })
})
