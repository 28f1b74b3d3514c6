import { articleType } from './documents/article'
import { authorType } from './documents/author'
import { pageType } from './documents/page'
import { topicType } from './documents/topic'
import { authorLinkType } from './objects/authorLink'
import { bodyImageType } from './objects/bodyImage'
import { consentCategoryType } from './objects/consentCategory'
import { consentServiceType } from './objects/consentService'
import { correctionType } from './objects/correction'
import { embedType } from './objects/embed'
import { internalLinkType } from './objects/internalLink'
import { linkType } from './objects/link'
import { navLinkType } from './objects/navLink'
import { seoType } from './objects/seo'
import { consentSettingsType } from './singletons/consentSettings'
import { siteSettingsType } from './singletons/siteSettings'

export const singletonTypes = [siteSettingsType, consentSettingsType]

export const schemaTypes = [
  articleType,
  authorType,
  topicType,
  pageType,
  ...singletonTypes,
  linkType,
  internalLinkType,
  bodyImageType,
  embedType,
  correctionType,
  seoType,
  navLinkType,
  authorLinkType,
  consentCategoryType,
  consentServiceType,
]
