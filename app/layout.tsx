import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { getConsentSettings, getSiteSettings } from '@/lib/content/settings'
import { ConsentBanner } from '@/components/consent/ConsentBanner'
import { ConsentBootScript } from '@/components/consent/ConsentBootScript'
import { ConsentManager } from '@/components/consent/ConsentManager'
import { safeNavHref } from '@/components/hrefs'
import { SkipLink } from '@/components/layout/SkipLink'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { siteMetadata } from './_lib/metadata'
import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  return siteMetadata(await getSiteSettings())
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#141414' },
  ],
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [site, consent] = await Promise.all([getSiteSettings(), getConsentSettings()])
  return (
    // The consent boot script marks <html> before React hydrates, hence suppressHydrationWarning.
    <html lang={site.language} suppressHydrationWarning>
      <head>
        <ConsentBootScript settings={consent} />
      </head>
      <body>
        <ConsentManager settings={consent}>
          <SkipLink href="#content">Skip to content</SkipLink>
          <ConsentBanner policyHref={safeNavHref(consent.privacyPolicyUrl)} />
          <SiteHeader siteTitle={site.title} navigation={site.navigation} />
          <main id="content" tabIndex={-1} className="page-main">
            {children}
          </main>
          <SiteFooter siteTitle={site.title} description={site.description} footerLinks={site.footerLinks} newsletter={site.newsletter} />
        </ConsentManager>
      </body>
    </html>
  )
}
