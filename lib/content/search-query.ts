/**
 * Turns what a reader typed into GROQ `match` terms. The terms travel as a query parameter, never spliced
 * into GROQ. A reader's `*` would be a wildcard matching everything, so it is removed; the last term gets
 * a trailing `*` so a partly typed word still finds its article. Pure.
 */
export const MAX_SEARCH_LENGTH = 100
const MAX_TERMS = 8
const MAX_TERM_LENGTH = 40
// The characters GROQ's `match` treats as separators (and `*`, its wildcard).
const SEPARATORS = /[!@#$%^&*(),\\/?";:{}|[\]+<>\s-]+/u

export type SearchQuery = { query: string; terms: string[] }

export function normaliseSearchQuery(input: string | string[] | undefined | null): SearchQuery {
  const raw = Array.isArray(input) ? (input[0] ?? '') : (input ?? '')
  let query = raw.normalize('NFKC').replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim()
  if (query.length > MAX_SEARCH_LENGTH) {
    const cut = query.slice(0, MAX_SEARCH_LENGTH + 1)
    const lastSpace = cut.lastIndexOf(' ')
    query = (lastSpace > MAX_SEARCH_LENGTH / 2 ? cut.slice(0, lastSpace) : query.slice(0, MAX_SEARCH_LENGTH)).trim()
  }
  const terms = query
    .split(SEPARATORS)
    .map((t) => t.replace(/^\.+|\.+$/g, '').slice(0, MAX_TERM_LENGTH))
    .filter((t) => t !== '')
    .slice(0, MAX_TERMS)
  const last = terms.length - 1
  if (last >= 0 && (terms[last] as string).length >= 3) terms[last] = `${terms[last]}*`
  return { query: terms.length > 0 ? query : '', terms }
}
