import type { Metadata } from 'next'
import { cookies, headers } from 'next/headers'
import { getConsentSettings } from '@/lib/content/settings'
import { gpcApplies, gpcFromHeaders, marketingCategoryKeys } from '@/lib/consent/choices'
import { CONSENT_COOKIE_NAME, parseConsentCookie } from '@/lib/consent/cookie'
import { safeReturnPath } from '@/lib/consent/return-path'
import { PrivacySettingsForm } from '@/components/consent/PrivacySettingsForm'

export const metadata: Metadata = { title: 'Privacy settings', robots: { index: false, follow: true } }

type Props = { searchParams: Promise<{ return?: string | string[] }> }

// The no-JS place to give, change or withdraw consent; with JS the footer link opens the same choices in the banner.
export default async function PrivacySettingsPage({ searchParams }: Props) {
  const [settings, cookieStore, requestHeaders, query] = await Promise.all([getConsentSettings(), cookies(), headers(), searchParams])
  const current = parseConsentCookie(cookieStore.get(CONSENT_COOKIE_NAME)?.value)
  const returnPath = safeReturnPath(typeof query.return === 'string' ? query.return : undefined, [], '/')
  const gpcRefused = new Set(gpcApplies(settings, gpcFromHeaders(requestHeaders)) ? marketingCategoryKeys(settings) : [])
  return (
    <article className="prose-column">
      <h1>Privacy settings</h1>
      <PrivacySettingsForm settings={settings} current={current} returnPath={returnPath} gpcRefused={gpcRefused} />
    </article>
  )
}
