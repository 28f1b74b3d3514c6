import { CogIcon, DocumentIcon, DocumentTextIcon, LockIcon, TagIcon, UserIcon } from '@sanity/icons'
import type { StructureResolver } from 'sanity/structure'

/** Singletons first as single items (opening the fixed-id document), then the document lists. */
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      S.listItem()
        .title('Site settings')
        .id('siteSettings')
        .icon(CogIcon)
        .child(S.document().schemaType('siteSettings').documentId('siteSettings').title('Site settings')),
      S.listItem()
        .title('Consent settings')
        .id('consentSettings')
        .icon(LockIcon)
        .child(S.document().schemaType('consentSettings').documentId('consentSettings').title('Consent settings')),
      S.divider(),
      S.listItem()
        .title('Articles')
        .id('articles')
        .icon(DocumentTextIcon)
        .schemaType('article')
        .child(
          S.documentTypeList('article')
            .title('Articles')
            .defaultOrdering([{ field: 'publishedAt', direction: 'desc' }]),
        ),
      S.documentTypeListItem('author').title('Authors').icon(UserIcon),
      S.documentTypeListItem('topic').title('Topics').icon(TagIcon),
      S.documentTypeListItem('page').title('Pages').icon(DocumentIcon),
    ])
