import {
  ARTICLES_TAG,
  CONSENT_SETTINGS_TAG,
  SITE_SETTINGS_TAG,
  articleTag,
  authorTag,
  pageTag,
  tagsForChangedDocument,
  topicTag,
} from '@/lib/content/cache-tags'

describe('cache tags', () => {
  it('names documents by type and slug', () => {
    expect(articleTag('a-b')).toBe('article:a-b')
    expect(authorTag('x')).toBe('author:x')
    expect(topicTag('t')).toBe('topic:t')
    expect(pageTag('privacy')).toBe('page:privacy')
  })

  it('maps a changed document to the tags it invalidates directly', () => {
    expect(tagsForChangedDocument({ _id: 'a1', _type: 'article', slug: { current: 'foo' } })).toEqual(['article:foo', ARTICLES_TAG])
    expect(tagsForChangedDocument({ _id: 'p1', _type: 'author', slug: 'jane' })).toEqual(['author:jane', ARTICLES_TAG])
    expect(tagsForChangedDocument({ _id: 't1', _type: 'topic', slug: { current: 'trade' } })).toEqual(['topic:trade', ARTICLES_TAG])
    expect(tagsForChangedDocument({ _id: 'page-privacy', _type: 'page', slug: { current: 'privacy' } })).toEqual(['page:privacy', ARTICLES_TAG])
    expect(tagsForChangedDocument({ _id: 'siteSettings', _type: 'siteSettings' })).toEqual([SITE_SETTINGS_TAG])
    expect(tagsForChangedDocument({ _id: 'consentSettings', _type: 'consentSettings' })).toEqual([CONSENT_SETTINGS_TAG])
  })

  it('still refreshes lists when a slug is missing, and ignores drafts and unknown types', () => {
    expect(tagsForChangedDocument({ _id: 'a1', _type: 'article', slug: null })).toEqual([ARTICLES_TAG])
    expect(tagsForChangedDocument({ _id: 'drafts.a1', _type: 'article', slug: { current: 'foo' } })).toEqual([])
    expect(tagsForChangedDocument({ _id: 'image-x', _type: 'sanity.imageAsset' })).toEqual([])
  })
})
