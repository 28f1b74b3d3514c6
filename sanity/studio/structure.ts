import { CogIcon, DocumentIcon, DocumentTextIcon, LockIcon, TagIcon, UserIcon } from '@sanity/icons'
import type { StructureResolver } from 'sanity/structure'
import { SINGLETONS } from './singletons'

const SINGLETON_ICONS = { siteSettings: CogIcon, consentSettings: LockIcon }

/** Singletons first as single items (opening the fixed-id document), then the document lists. */
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      ...SINGLETONS.map(({ type, id, title }) =>
        S.listItem()
          .title(title)
          .id(id)
          .icon(SINGLETON_ICONS[type])
          .child(S.document().schemaType(type).documentId(id).title(title)),
      ),
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
