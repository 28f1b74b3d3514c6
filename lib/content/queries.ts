import { defineQuery } from 'groq'

/**
 * Every GROQ query the site runs. Each starts with a top-level `*[_type == "…" && …]` filter on indexed
 * fields (type, slug, id) and takes ids as parameters: no subquery inside a filter, which the engine
 * would evaluate once per document. Related documents are resolved with `->` on the (few) results only.
 */

const IMAGE = /* groq */ `{asset, alt, caption, credit, hotspot, crop}`
const AUTHOR_SUMMARY = /* groq */ `{_id, _type, name, "slug": slug.current, role, bio}`
const TOPIC_SUMMARY = /* groq */ `{_id, _type, title, "slug": slug.current}`
export const ARTICLE_SUMMARY = /* groq */ `{
  _id, _type, title, "slug": slug.current, standfirst, publishedAt, updatedAt,
  "authors": authors[]->${AUTHOR_SUMMARY},
  "topics": topics[]->${TOPIC_SUMMARY},
  "mainImage": mainImage${IMAGE}
}`
// Internal links carry their target's type and slug; dangling or unpublished targets come back null.
export const BODY = /* groq */ `body[]{
  ...,
  _type == "block" => {"markDefs": markDefs[]{..., _type == "internalLink" => {"target": reference->{_type, "slug": slug.current}}}}
}`

export const ARTICLE_BY_SLUG_QUERY = defineQuery(`*[_type == "article" && slug.current == $slug][0]{
  _id, _type, title, "slug": slug.current, standfirst, publishedAt, updatedAt,
  "authors": authors[]->${AUTHOR_SUMMARY},
  "topics": topics[]->${TOPIC_SUMMARY},
  "mainImage": mainImage${IMAGE},
  ${BODY},
  "picks": related[]->${ARTICLE_SUMMARY},
  corrections[]{_key, date, text},
  seo{title, description, canonicalUrl, noindex}
}`)

/**
 * Candidates for ranked related articles: the newest sharing a topic or an author. It takes the article's slug,
 * not its references, so it runs beside ARTICLE_BY_SLUG_QUERY instead of after it; the inner `*[…][0]` reads
 * nothing of the outer document, so it is evaluated once (the lake hoists it). When too few share anything,
 * the loader tops them up from LATEST_ARTICLES_QUERY.
 */
export const RELATED_CANDIDATES_QUERY = defineQuery(`{
  "sharing": *[_type == "article" && slug.current != $slug
    && references(*[_type == "article" && slug.current == $slug][0]{"refs": [...topics[]._ref, ...authors[]._ref]}.refs)]
    | order(publishedAt desc) [0...$limit]${ARTICLE_SUMMARY}
}`)

export const LATEST_ARTICLES_QUERY = defineQuery(`{
  "items": *[_type == "article"] | order(publishedAt desc, _id asc) [$start...$end]${ARTICLE_SUMMARY},
  "total": count(*[_type == "article"])
}`)

export const AUTHOR_BY_SLUG_QUERY = defineQuery(`*[_type == "author" && slug.current == $slug][0]{
  _id, _type, name, "slug": slug.current, role, bio,
  "portrait": portrait${IMAGE},
  links[]{_key, label, url}
}`)

export const TOPIC_BY_SLUG_QUERY = defineQuery(
  `*[_type == "topic" && slug.current == $slug][0]{_id, _type, title, "slug": slug.current, description}`,
)

/** Articles referencing a document (an author or a topic) by id: resolve the id first, then pass it in. */
export const ARTICLES_REFERENCING_QUERY = defineQuery(`{
  "items": *[_type == "article" && references($id)] | order(publishedAt desc, _id asc) [$start...$end]${ARTICLE_SUMMARY},
  "total": count(*[_type == "article" && references($id)])
}`)

/**
 * Search, step 1: ids of articles whose title, standfirst or body text matches every term in `$terms`.
 * One `match` per filter so the engine can answer each from a text index; newest first, capped.
 */
export const SEARCH_ARTICLE_IDS_QUERY = defineQuery(`{
  "title": *[_type == "article" && title match $terms] | order(publishedAt desc) [0...$cap]._id,
  "standfirst": *[_type == "article" && standfirst match $terms] | order(publishedAt desc) [0...$cap]._id,
  "body": *[_type == "article" && pt::text(body) match $terms] | order(publishedAt desc) [0...$cap]._id
}`)

/** Search, step 2: rank the matching ids (passed in), a title match counting most, then standfirst, then body. */
export const SEARCH_ARTICLES_QUERY = defineQuery(`{
  "items": *[_type == "article" && _id in $ids]
    | score(boost(title match $terms, 5), boost(standfirst match $terms, 2), pt::text(body) match $terms)
    | order(_score desc, publishedAt desc, _id asc) [$start...$end]${ARTICLE_SUMMARY},
  "total": count(*[_type == "article" && _id in $ids])
}`)

export const PAGE_BY_SLUG_QUERY = defineQuery(`*[_type == "page" && slug.current == $slug][0]{
  _id, _type, title, "slug": slug.current, updatedAt,
  ${BODY}
}`)

export const ARTICLE_SLUGS_QUERY = defineQuery(`*[_type == "article" && defined(slug.current)] | order(publishedAt desc).slug.current`)
export const AUTHOR_SLUGS_QUERY = defineQuery(`*[_type == "author" && defined(slug.current)] | order(name asc).slug.current`)
export const PAGE_SLUGS_QUERY = defineQuery(`*[_type == "page" && defined(slug.current)] | order(title asc).slug.current`)
/** For `npm run content:check`: routable documents that no slug list would ever show. */
export const DOCUMENTS_WITHOUT_SLUG_QUERY = defineQuery(
  `*[_type in ["article", "author", "topic", "page"] && !defined(slug.current)]{_id, _type}`,
)
export const TOPIC_SLUGS_QUERY = defineQuery(`*[_type == "topic" && defined(slug.current)] | order(title asc).slug.current`)

export const SITE_SETTINGS_QUERY = defineQuery(`*[_id == "siteSettings"][0]{
  _id, _type, title, description, baseUrl, language,
  navigation[]{_key, label, href},
  footerLinks[]{_key, label, href},
  newsletter{heading, description, privacyNote, consentVersion},
  "publisherLogo": publisherLogo${IMAGE},
  feedContent
}`)

export const CONSENT_SETTINGS_QUERY = defineQuery(`*[_id == "consentSettings"][0]{
  _id, _type, policyVersion, policyDate, changeSummary, privacyPolicyUrl,
  banner{heading, text, acceptAllLabel, rejectAllLabel, manageLabel, saveLabel, learnMoreLabel},
  categories[]{_key, key, title, description, required, defaultEnabled,
    services[]{_key, key, name, provider, purpose, retention, cookies, hosts, consentModeSignals}},
  embedPlaceholder{text, loadOnceLabel, alwaysAllowLabel},
  lifetimeDays, honourGpc
}`)
