/** @jest-environment jsdom */
import { renderToStaticMarkup } from 'react-dom/server'
import { ConsentBootScript } from '@/components/consent/ConsentBootScript'
import { consentBootScriptSource } from '@/lib/consent/boot-script'
import { needsChoice, parseConsentCookie, readCookie, serializeConsentCookie } from '@/lib/consent/cookie'
import { clearCookies } from './dom-helpers'
import { CONSENT_ID, marketingCategory, seedConsentSettings } from './fixtures'

const settings = seedConsentSettings()
const now = Math.floor(Date.now() / 1000)
const valid = serializeConsentCookie({ consentId: CONSENT_ID, policyVersion: 1, decidedAt: now - 60, expiresAt: now + 86_400, categories: ['necessary'], services: [] })

function runBootScript(source = consentBootScriptSource({ policyVersion: 1, lifetimeDays: 180, gpcDecidesEverything: false })) {
  document.documentElement.removeAttribute('data-consent')
  document.documentElement.removeAttribute('data-consent-reason')
  new Function(source)()
  return [document.documentElement.getAttribute('data-consent'), document.documentElement.getAttribute('data-consent-reason')]
}

beforeEach(() => clearCookies())

describe('ConsentBootScript (runs before first paint)', () => {
  it('renders one inline script for the layout head', () => {
    const html = renderToStaticMarkup(<ConsentBootScript settings={settings} />)
    expect(html).toMatch(/^<script id="consent-boot">\(function\(d\)\{.*\}\)\(document\)<\/script>$/)
    expect(html.length).toBeLessThan(1200)
  })

  it.each([
    ['no cookie', null, 'ask', 'no-choice'],
    ['a current choice', valid, 'decided', 'none'],
    ['another policy version', serializeConsentCookie({ ...parseConsentCookie(valid)!, policyVersion: 2 }), 'ask', 'policy-changed'],
    ['an expired choice', serializeConsentCookie({ ...parseConsentCookie(valid)!, decidedAt: now - 100, expiresAt: now - 10 }), 'ask', 'expired'],
    ['a tampered cookie', valid.replace(CONSENT_ID, 'x'), 'ask', 'no-choice'],
    ['garbage', '%%%', 'ask', 'no-choice'],
  ])('%s → data-consent=%s, agreeing with needsChoice', (_name, cookie, state, reason) => {
    if (cookie) document.cookie = `mr_consent=${cookie}; Path=/`
    expect(runBootScript()).toEqual([state, reason])
    const need = needsChoice(parseConsentCookie(readCookie(document.cookie, 'mr_consent')), settings, new Date())
    expect(need.ask ? need.reason : 'none').toBe(reason)
  })

  it('counts a GPC signal as the choice when it refuses every optional category', () => {
    const onlyMarketing = { ...settings, categories: [settings.categories[0]!, marketingCategory] }
    const source = renderToStaticMarkup(<ConsentBootScript settings={onlyMarketing} />).replace(/^<script[^>]*>|<\/script>$/g, '')
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true })
    try {
      expect(runBootScript(source)).toEqual(['decided', 'none'])
      // With the seed's analytics and embeds, GPC alone decides nothing.
      expect(runBootScript(consentBootScriptSource({ policyVersion: 1, lifetimeDays: 180, gpcDecidesEverything: false }))).toEqual(['ask', 'no-choice'])
    } finally {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl
    }
  })
})
