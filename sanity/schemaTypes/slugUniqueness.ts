import type { SlugIsUniqueValidator } from 'sanity'
import { checkSlugUnique } from './rules'

/** API version for validation queries; `raw` sees drafts too, so two drafts cannot claim the same slug. */
const VALIDATION_API_VERSION = '2025-02-19'

/** Slug uniqueness scoped to the document's type, ignoring the document's own draft/published pair. */
export const isSlugUniqueForType: SlugIsUniqueValidator = async (slug, context) => {
  const result = await checkSlugUnique(
    { current: slug },
    {
      documentId: context.document?._id,
      documentType: context.document?._type,
      fetch: (query, params) =>
        context.getClient({ apiVersion: VALIDATION_API_VERSION }).withConfig({ perspective: 'raw' }).fetch(query, params),
    },
  )
  return result === true
}
