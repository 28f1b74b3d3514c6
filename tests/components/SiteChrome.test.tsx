/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { SiteFooter } from '@/components/layout/SiteFooter'

// The footer's newsletter island calls Server Actions; here only its markup matters.
jest.mock('@/app/actions/newsletter', () => ({ subscribeToNewsletter: jest.fn(), getNewsletterFormToken: jest.fn(() => new Promise(() => undefined)) }))

describe('SiteHeader', () => {
  it('is a banner with the "Main" navigation, dropping links with unsafe targets', () => {
    render(
      <SiteHeader
        siteTitle="The Meridian Review"
        navigation={[
          { key: 'a', label: 'Security', href: '/topics/security-defence' },
          { key: 'b', label: 'Sneaky', href: 'javascript:alert(1)' },
          { key: 'c', label: 'Elsewhere', href: '//evil.example' },
        ]}
      />,
    )
    const banner = screen.getByRole('banner')
    expect(within(banner).getByRole('link', { name: 'The Meridian Review' })).toHaveAttribute('href', '/')
    const nav = within(banner).getByRole('navigation', { name: 'Main' })
    expect(within(nav).getByRole('link', { name: 'Security' })).toHaveAttribute('href', '/topics/security-defence')
    expect(within(nav).getByRole('link', { name: 'Search' })).toHaveAttribute('href', '/search')
    expect(within(nav).queryByRole('link', { name: 'Sneaky' })).not.toBeInTheDocument()
    expect(within(nav).queryByRole('link', { name: 'Elsewhere' })).not.toBeInTheDocument()
  })
})

describe('SiteFooter', () => {
  it('is the contentinfo landmark with the CMS links and a "Privacy settings" link', () => {
    render(
      <SiteFooter
        siteTitle="The Meridian Review"
        footerLinks={[
          { key: 'p', label: 'Privacy', href: '/privacy' },
          { key: 'm', label: 'Contact', href: 'mailto:editor@example.org' },
        ]}
      />,
    )
    const footer = screen.getByRole('contentinfo')
    expect(within(footer).getByRole('link', { name: 'Privacy' })).toHaveAttribute('href', '/privacy')
    expect(within(footer).getByRole('link', { name: 'Contact' })).toHaveAttribute('href', 'mailto:editor@example.org')
    expect(within(footer).getByRole('link', { name: 'Privacy settings' })).toHaveAttribute('href', '/privacy-settings')
  })

  it('carries a compact newsletter signup with the CMS texts and ids of its own', () => {
    render(
      <SiteFooter
        siteTitle="The Meridian Review"
        footerLinks={[]}
        newsletter={{ heading: 'Weekly briefing', description: 'One email a week.', privacyNote: 'Unsubscribe any time.', consentVersion: '2026-01' }}
      />,
    )
    const footer = screen.getByRole('contentinfo')
    const signup = within(footer).getByRole('region', { name: 'Weekly briefing' })
    const input = within(signup).getByLabelText('Email address')
    expect(input).toHaveAttribute('id', 'footer-newsletter-address')
    expect(input).toHaveAttribute('aria-describedby', 'footer-newsletter-privacy')
    expect(within(signup).getByText('Unsubscribe any time.')).toHaveAttribute('id', 'footer-newsletter-privacy')
  })
})
