import {
  acceptAllChoice,
  blockedServiceCookies,
  classifyAction,
  consentModeState,
  effectiveConsent,
  gpcDecidesEverything,
  gpcFromHeaders,
  isMarketingCategory,
  isServiceAllowed,
  marketingCategoryKeys,
  normaliseChoice,
  rejectAllChoice,
  type ConsentAction,
  type ConsentChoice,
} from '@/lib/consent/choices'
import { embedRender } from '@/lib/consent/embeds'
import { safeReturnPath } from '@/lib/consent/return-path'
import { consentTextHash, consentTextShown } from '@/lib/consent/text-hash'
import { CONSENT_ID, NOW, NOW_S, marketingCategory, seedConsentSettings, withMarketing } from './fixtures'

const settings = seedConsentSettings()
const cookieFor = (categories: string[], services: string[] = [], policyVersion = 1) => ({
  consentId: CONSENT_ID,
  policyVersion,
  decidedAt: NOW_S,
  expiresAt: NOW_S + 86_400,
  categories,
  services,
})

describe('category and service resolution', () => {
  it('allows only required categories before a choice', () => {
    const consent = effectiveConsent(null, settings, NOW, false)
    expect([...consent.categories]).toEqual(['necessary'])
    expect(isServiceAllowed(settings, consent, 'meridian-analytics')).toBe(false)
    expect(isServiceAllowed(settings, consent, 'youtube')).toBe(false)
  })

  it('allows a service through its category or a per-service allowance, never an unknown one', () => {
    const consent = effectiveConsent(cookieFor(['necessary', 'analytics'], ['vimeo']), settings, NOW, false)
    expect(isServiceAllowed(settings, consent, 'meridian-analytics')).toBe(true)
    expect(isServiceAllowed(settings, consent, 'vimeo')).toBe(true)
    expect(isServiceAllowed(settings, consent, 'youtube')).toBe(false)
    expect(isServiceAllowed(settings, consent, 'tiktok')).toBe(false)
  })

  it('ignores a choice made under an older policy version', () => {
    const consent = effectiveConsent(cookieFor(['necessary', 'analytics', 'embeds'], [], 1), { ...settings, policyVersion: 2 }, NOW, false)
    expect([...consent.categories]).toEqual(['necessary'])
  })

  it('normalises requests: required always in, unknown keys out, services covered by a category dropped', () => {
    expect(normaliseChoice(settings, { categories: ['embeds', 'bogus'], services: ['youtube', 'meridian-analytics', 'nope'] }, false)).toEqual({
      categories: ['necessary', 'embeds'],
      services: ['meridian-analytics'],
    })
    expect(rejectAllChoice(settings)).toEqual({ categories: ['necessary'], services: [] })
    expect(acceptAllChoice(settings, false)).toEqual({ categories: ['necessary', 'analytics', 'embeds'], services: [] })
  })

  it('lists the cookies of services that are not allowed', () => {
    const consent = effectiveConsent(cookieFor(['necessary', 'embeds']), settings, NOW, false)
    expect(blockedServiceCookies(settings, consent)).toEqual(['mr_analytics_id'])
  })
})

describe('record actions', () => {
  const all = acceptAllChoice(settings, false)
  const none = rejectAllChoice(settings)
  const some = { categories: ['necessary', 'analytics'], services: [] }
  const cases: [string, ConsentChoice | null, ConsentChoice, ConsentAction][] = [
    ['first accept all', null, all, 'accept_all'],
    ['first reject all', null, none, 'reject_all'],
    ['first custom', null, some, 'custom'],
    ['reject after accepting', all, none, 'withdraw'],
    ['reject after an allowance only', { categories: ['necessary'], services: ['youtube'] }, none, 'withdraw'],
    ['reject after rejecting', none, none, 'reject_all'],
    ['change', all, some, 'custom'],
  ]
  it.each(cases)('%s → %s', (_name, previous, next, action) => {
    expect(classifyAction(settings, previous, next, false)).toBe(action)
  })
})

describe('Global Privacy Control', () => {
  const marketing = withMarketing(settings)

  it('counts categories with ad_* Consent Mode signals or a marketing key as marketing', () => {
    expect(marketingCategoryKeys(settings)).toEqual([])
    expect(marketingCategoryKeys(marketing)).toEqual(['marketing'])
    expect(isMarketingCategory({ ...marketingCategory, key: 'campaigns' })).toBe(true)
    expect(isMarketingCategory({ ...marketingCategory, key: 'ads', services: [] })).toBe(true)
    expect(isMarketingCategory({ ...marketingCategory, required: true })).toBe(false)
    // analytics_storage alone is measurement, not marketing.
    expect(isMarketingCategory(settings.categories.find((c) => c.key === 'analytics')!)).toBe(false)
  })

  it('reads Sec-GPC: 1 only', () => {
    expect(gpcFromHeaders(new Headers({ 'sec-gpc': '1' }))).toBe(true)
    expect(gpcFromHeaders(new Headers({ 'sec-gpc': '0' }))).toBe(false)
    expect(gpcFromHeaders(new Headers())).toBe(false)
  })

  it('refuses marketing when honoured, even on "accept all" and in an old cookie', () => {
    expect(acceptAllChoice(marketing, true).categories).toEqual(['necessary', 'analytics', 'embeds'])
    expect(normaliseChoice(marketing, { categories: ['marketing'], services: ['ad-network'] }, true)).toEqual({ categories: ['necessary'], services: [] })
    const consent = effectiveConsent(cookieFor(['necessary', 'marketing']), marketing, NOW, true)
    expect(consent.categories.has('marketing')).toBe(false)
    expect(isServiceAllowed(marketing, consent, 'ad-network')).toBe(false)
  })

  it('changes nothing when the CMS does not honour it, or without the signal', () => {
    expect(acceptAllChoice({ ...marketing, honourGpc: false }, true).categories).toContain('marketing')
    expect(acceptAllChoice(marketing, false).categories).toContain('marketing')
  })

  it('decides everything only when every optional category is marketing', () => {
    const onlyMarketing = { ...settings, categories: [settings.categories[0]!, marketingCategory] }
    expect(gpcDecidesEverything(onlyMarketing, true)).toBe(true)
    expect(gpcDecidesEverything(onlyMarketing, false)).toBe(false)
    expect(gpcDecidesEverything(marketing, true)).toBe(false)
  })
})

describe('Google Consent Mode v2', () => {
  it('denies every signal by default', () => {
    expect(consentModeState(settings, null)).toEqual({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'denied',
    })
    expect(consentModeState(settings, effectiveConsent(null, settings, NOW, false)).analytics_storage).toBe('denied')
  })

  it('grants exactly the signals of allowed services', () => {
    const marketing = withMarketing(settings)
    const analyticsOnly = effectiveConsent(cookieFor(['necessary', 'analytics']), marketing, NOW, false)
    expect(consentModeState(marketing, analyticsOnly)).toEqual({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'granted',
    })
    const both = effectiveConsent(cookieFor(['necessary', 'analytics', 'marketing']), marketing, NOW, false)
    expect(consentModeState(marketing, both)).toMatchObject({ ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'denied' })
  })
})

describe('consent text hash', () => {
  it('is a stable SHA-256 of the texts shown, changing with any of them', () => {
    const hash = consentTextHash(settings)
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(consentTextHash(seedConsentSettings())).toBe(hash)
    expect(consentTextShown(settings)).toContain('This site uses third party services that need your consent.')
    expect(consentTextHash({ ...settings, banner: { ...settings.banner, text: 'Other words.' } })).not.toBe(hash)
    const categories = settings.categories.map((c) => (c.key === 'analytics' ? { ...c, description: 'Changed.' } : c))
    expect(consentTextHash({ ...settings, categories })).not.toBe(hash)
  })
})

describe('embed URLs', () => {
  it('builds privacy-enhanced players for video', () => {
    expect(embedRender('youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1m5s')).toMatchObject({
      kind: 'iframe',
      src: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=65',
    })
    expect(embedRender('youtube', 'https://youtu.be/dQw4w9WgXcQ')).toMatchObject({ src: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ' })
    expect(embedRender('vimeo', 'https://vimeo.com/76979871')).toMatchObject({ src: 'https://player.vimeo.com/video/76979871?dnt=1' })
  })

  it('builds post embeds with their widget script', () => {
    expect(embedRender('x', 'https://x.com/someone/status/1234567890')).toMatchObject({
      kind: 'post',
      href: 'https://twitter.com/someone/status/1234567890',
      widgetScript: 'https://platform.twitter.com/widgets.js',
    })
    expect(embedRender('bluesky', 'https://bsky.app/profile/someone.bsky.social/post/3kabc')).toMatchObject({
      attributes: { 'data-bluesky-uri': 'at://someone.bsky.social/app.bsky.feed.post/3kabc' },
    })
    expect(embedRender('mastodon', 'https://mastodon.social/@someone/112233')).toMatchObject({ src: 'https://mastodon.social/@someone/112233/embed' })
  })

  it('returns null for URLs a service does not serve, or that are not https', () => {
    expect(embedRender('youtube', 'https://evil.example/watch?v=dQw4w9WgXcQ')).toBeNull()
    expect(embedRender('youtube', 'http://www.youtube.com/watch?v=dQw4w9WgXcQ')).toBeNull()
    expect(embedRender('vimeo', 'javascript:alert(1)')).toBeNull()
    expect(embedRender('x', 'https://x.com/someone')).toBeNull()
    expect(embedRender('unknown', 'https://example.com/')).toBeNull()
  })
})

describe('safeReturnPath', () => {
  const origins = ['https://news.example']
  it.each([
    ['/articles/a?x=1', '/articles/a?x=1'],
    ['https://news.example/topics/t', '/topics/t'],
    ['//evil.example/x', '/'],
    ['https://evil.example/x', '/'],
    ['/\\evil.example', '/'],
    ['/ok\n', '/'],
    ['javascript:alert(1)', '/'],
    ['/api/consent', '/'],
    ['', '/'],
  ])('%j → %j', (input, expected) => {
    expect(safeReturnPath(input, origins)).toBe(expected)
  })
})
