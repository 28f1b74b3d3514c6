import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { getSiteSettings } from '@/lib/content/settings'
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
  const site = await getSiteSettings()
  return (
    <html lang={site.language}>
      <body>
        <SkipLink href="#content">Skip to content</SkipLink>
        <SiteHeader siteTitle={site.title} navigation={site.navigation} />
        <main id="content" tabIndex={-1} className="page-main">
          {children}
        </main>
        <SiteFooter siteTitle={site.title} description={site.description} footerLinks={site.footerLinks} />
      </body>
    </html>
  )
}
