import {
  checkAltField,
  checkBaseUrl,
  checkBodyHasContent,
  checkCategoryDefault,
  checkConsentCategories,
  checkConsentKey,
  checkEmbedUrl,
  checkHostNames,
  checkHttpsUrl,
  checkImageAlt,
  checkNavHref,
  checkNoSelfReference,
  checkPrivacyPolicyUrl,
  checkSafeLinkUrl,
  checkSingleLine,
  checkSlugFormat,
  checkSlugUnique,
  checkUniqueKeys,
  checkUpdatedAfterPublished,
  publishedId,
  SLUG_CONFLICT_QUERY,
  slugify,
  type ConsentCategoryValue,
} from '@/sanity/schemaTypes/rules'

const refused = (result: unknown) => expect(typeof result).toBe('string')
const accepted = (result: unknown) => expect(result).toBe(true)

describe('slug format', () => {
  it.each(['trade-after-the-war', 'g20', 'a'])('accepts %s', (current) => accepted(checkSlugFormat({ current })))
  it.each(['Trade', 'trade after', 'trade--war', '-trade', 'trade-', 'trade_war', 'café', 'a'.repeat(97)])(
    'refuses %s',
    (current) => refused(checkSlugFormat({ current })),
  )
  it('leaves an empty slug to the required rule', () => accepted(checkSlugFormat(undefined)))
  it('slugify produces valid slugs', () => {
    expect(slugify('  Hélène’s “Grid” Plan: 2026!  ')).toBe('helene-s-grid-plan-2026')
    accepted(checkSlugFormat({ current: slugify('x'.repeat(200)) }))
  })
})

describe('slug uniqueness', () => {
  const seen: Record<string, string>[] = []
  const fetchCount = (count: number) => async (query: string, params: Record<string, string>) => {
    expect(query).toBe(SLUG_CONFLICT_QUERY)
    seen.push(params)
    return count
  }

  it('refuses a slug another document of the type uses', async () => {
    refused(await checkSlugUnique({ current: 'x' }, { documentId: 'article-a', documentType: 'article', fetch: fetchCount(1) }))
  })

  it('accepts a slug no other document uses, ignoring the draft/published pair of the document itself', async () => {
    accepted(await checkSlugUnique({ current: 'x' }, { documentId: 'drafts.article-a', documentType: 'article', fetch: fetchCount(0) }))
    expect(seen.at(-1)).toEqual({ type: 'article', slug: 'x', draftId: 'drafts.article-a', publishedId: 'article-a' })
  })

  it('does not query for an empty slug', async () => {
    const fetch = jest.fn()
    accepted(await checkSlugUnique(undefined, { documentId: 'a', documentType: 'article', fetch }))
    expect(fetch).not.toHaveBeenCalled()
  })

  it('strips draft and version prefixes from ids', () => {
    expect(publishedId('drafts.article-a')).toBe('article-a')
    expect(publishedId('versions.r1.article-a')).toBe('article-a')
    expect(publishedId('article-a')).toBe('article-a')
  })
})

describe('safe link URLs', () => {
  it.each(['https://www.un.org/', 'http://example.org/a?b=c', 'mailto:editor@example.org', 'tel:+442079460000'])(
    'accepts %s',
    (href) => accepted(checkSafeLinkUrl(href)),
  )
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org',
    '/relative/path',
    'www.example.org',
    'mailto:',
    'tel:call-me',
    'https://',
  ])('refuses %j', (href) => refused(checkSafeLinkUrl(href)))
  it('leaves an empty link to the required rule', () => accepted(checkSafeLinkUrl(undefined)))

  it('https-only URLs refuse http', () => {
    refused(checkHttpsUrl('http://example.org'))
    refused(checkHttpsUrl('javascript:alert(1)'))
    accepted(checkHttpsUrl('https://example.org'))
  })
})

describe('navigation and policy links', () => {
  it.each(['/privacy', '/topics/trade-economy', 'https://example.org', 'mailto:a@example.org'])('nav accepts %s', (href) =>
    accepted(checkNavHref(href)),
  )
  it.each(['//evil.example', 'javascript:alert(1)', '/a b', '/a\\b', 'privacy'])('nav refuses %j', (href) => refused(checkNavHref(href)))
  it('privacy policy link is a site path or https', () => {
    accepted(checkPrivacyPolicyUrl('/privacy'))
    accepted(checkPrivacyPolicyUrl('https://example.org/privacy'))
    refused(checkPrivacyPolicyUrl('http://example.org/privacy'))
    refused(checkPrivacyPolicyUrl('javascript:alert(1)'))
  })
})

describe('base URL', () => {
  it.each(['http://localhost:3000', 'https://meridianreview.org', 'https://example.org/review'])('accepts %s', (url) =>
    accepted(checkBaseUrl(url)),
  )
  it.each(['https://example.org/', 'ftp://example.org', '/home', 'example.org', 'https://example.org?a=1', 'https://u:p@example.org'])(
    'refuses %s',
    (url) => refused(checkBaseUrl(url)),
  )
})

describe('embed URLs', () => {
  it('accepts the service own hosts over https', () => {
    accepted(checkEmbedUrl('https://www.youtube.com/watch?v=a', 'youtube'))
    accepted(checkEmbedUrl('https://youtu.be/a', 'youtube'))
    accepted(checkEmbedUrl('https://vimeo.com/1', 'vimeo'))
    accepted(checkEmbedUrl('https://x.com/a/status/1', 'x'))
    accepted(checkEmbedUrl('https://bsky.app/profile/a/post/b', 'bluesky'))
    accepted(checkEmbedUrl('https://any.instance.example/@a/1', 'mastodon'))
  })
  it('refuses http, other hosts and unsafe schemes', () => {
    refused(checkEmbedUrl('http://www.youtube.com/watch?v=a', 'youtube'))
    refused(checkEmbedUrl('https://evil.example/watch?v=a', 'youtube'))
    refused(checkEmbedUrl('https://youtube.com.evil.example/', 'youtube'))
    refused(checkEmbedUrl('javascript:alert(1)', 'x'))
  })
})

describe('image alt text', () => {
  const asset = { _ref: 'image-abc-10x10-png' }
  it('refuses an image without alt text', () => {
    refused(checkImageAlt({ asset }))
    refused(checkImageAlt({ asset, alt: '  ' }))
    refused(checkImageAlt({ _sanityAsset: 'image@file://./images/a.png' }))
    refused(checkAltField(undefined, { asset }))
  })
  it('accepts an image with alt text, or no image at all', () => {
    accepted(checkImageAlt({ asset, alt: 'A map' }))
    accepted(checkAltField('A map', { asset }))
    accepted(checkImageAlt(undefined))
    accepted(checkAltField(undefined, undefined))
    accepted(checkAltField(undefined, {}))
  })
})

describe('related articles', () => {
  it('refuses a reference to the document itself, from its draft too', () => {
    refused(checkNoSelfReference([{ _ref: 'article-a' }], 'article-a'))
    refused(checkNoSelfReference([{ _ref: 'article-b' }, { _ref: 'article-a' }], 'drafts.article-a'))
  })
  it('accepts references to other articles', () => {
    accepted(checkNoSelfReference([{ _ref: 'article-b' }], 'drafts.article-a'))
    accepted(checkNoSelfReference(undefined, 'article-a'))
  })
})

describe('dates', () => {
  it('refuses an update before publication', () => refused(checkUpdatedAfterPublished('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z')))
  it('accepts an update at or after publication, or none', () => {
    accepted(checkUpdatedAfterPublished('2026-02-01T00:00:00Z', '2026-02-01T00:00:00Z'))
    accepted(checkUpdatedAfterPublished('2026-03-01T00:00:00Z', '2026-02-01T00:00:00Z'))
    accepted(checkUpdatedAfterPublished(undefined, '2026-02-01T00:00:00Z'))
  })
})

describe('body content', () => {
  const block = (text: string) => ({ _type: 'block', children: [{ text }] })
  it('refuses a body of empty paragraphs', () => refused(checkBodyHasContent([block(''), block('  ')])))
  it('accepts text, or an image or embed', () => {
    accepted(checkBodyHasContent([block(''), block('Text')]))
    accepted(checkBodyHasContent([{ _type: 'bodyImage' }]))
  })
})

describe('one-line text', () => {
  it('refuses line breaks', () => refused(checkSingleLine('a\nb')))
  it('accepts one line', () => accepted(checkSingleLine('Writes on trade.')))
})

describe('consent settings', () => {
  const necessary: ConsentCategoryValue = { key: 'necessary', required: true, defaultEnabled: true, services: [] }
  const analytics: ConsentCategoryValue = {
    key: 'analytics',
    required: false,
    defaultEnabled: false,
    services: [{ key: 'meridian-analytics', hosts: [] }],
  }
  const embeds: ConsentCategoryValue = {
    key: 'embeds',
    required: false,
    defaultEnabled: false,
    services: [{ key: 'youtube' }, { key: 'vimeo' }],
  }

  it('accepts a compliant set of categories', () => accepted(checkConsentCategories([necessary, analytics, embeds])))
  it('requires a necessary category that is required', () => {
    refused(checkConsentCategories([analytics, embeds]))
    refused(checkConsentCategories([{ ...necessary, required: false }, analytics]))
    refused(checkConsentCategories([]))
    refused(checkConsentCategories(undefined))
  })
  it('refuses an optional category on by default', () => {
    refused(checkConsentCategories([necessary, { ...analytics, defaultEnabled: true }]))
    refused(checkCategoryDefault({ ...analytics, defaultEnabled: true }))
    accepted(checkCategoryDefault(necessary))
  })
  it('refuses duplicate category keys and duplicate service keys across categories', () => {
    refused(checkConsentCategories([necessary, analytics, { ...embeds, key: 'analytics' }]))
    refused(checkConsentCategories([necessary, analytics, { ...embeds, services: [{ key: 'meridian-analytics' }] }]))
    refused(checkUniqueKeys([{ key: 'a' }, { key: 'a' }], 'Service'))
    accepted(checkUniqueKeys([{ key: 'a' }, { key: 'b' }], 'Service'))
  })
  it('checks key format', () => {
    accepted(checkConsentKey('meridian-analytics'))
    refused(checkConsentKey('Embeds'))
    refused(checkConsentKey('1st'))
    refused(checkConsentKey('a_b'))
  })
  it('checks third-party host names', () => {
    accepted(checkHostNames(['www.youtube-nocookie.com', 'i.ytimg.com']))
    accepted(checkHostNames([]))
    refused(checkHostNames(['https://www.youtube.com/']))
    refused(checkHostNames(['www.youtube.com/embed']))
    refused(checkHostNames(['a.com', 'a.com']))
  })
})
