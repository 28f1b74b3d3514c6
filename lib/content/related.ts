import type { ArticleSummary } from './types'

/**
 * Related articles: the editor's picks first, in their order, then candidates ranked by shared topics
 * (weighted highest), shared authors and recency. Never the article itself, never a draft, no duplicates.
 * Pure; `now` is passed in so ranking is reproducible.
 */
export const RELATED_LIMIT = 4

const TOPIC_WEIGHT = 10
const AUTHOR_WEIGHT = 4
/** Recency adds up to this much, fading linearly over RECENCY_DAYS. */
const RECENCY_WEIGHT = 2
const RECENCY_DAYS = 730
const DAY_MS = 86_400_000

function isDraftId(id: string): boolean {
  return id.startsWith('drafts.') || id.startsWith('versions.')
}

export function relatedScore(
  article: Pick<ArticleSummary, 'topics' | 'authors'>,
  candidate: ArticleSummary,
  now: Date,
): number {
  const topicIds = new Set(article.topics.map((t) => t.id))
  const authorIds = new Set(article.authors.map((a) => a.id))
  const sharedTopics = candidate.topics.filter((t) => topicIds.has(t.id)).length
  const sharedAuthors = candidate.authors.filter((a) => authorIds.has(a.id)).length
  const ageDays = Math.max(0, (now.getTime() - Date.parse(candidate.publishedAt)) / DAY_MS)
  const recency = Number.isFinite(ageDays) ? RECENCY_WEIGHT * Math.max(0, 1 - ageDays / RECENCY_DAYS) : 0
  return TOPIC_WEIGHT * sharedTopics + AUTHOR_WEIGHT * sharedAuthors + recency
}

export function selectRelated(options: {
  article: Pick<ArticleSummary, 'id' | 'topics' | 'authors'>
  picks: readonly ArticleSummary[]
  candidates: readonly ArticleSummary[]
  now: Date
  limit?: number
}): ArticleSummary[] {
  const { article, picks, candidates, now, limit = RELATED_LIMIT } = options
  const seen = new Set<string>([article.id, article.id.replace(/^drafts\./, '')])
  const chosen: ArticleSummary[] = []
  const take = (summary: ArticleSummary) => {
    if (chosen.length >= limit || seen.has(summary.id) || isDraftId(summary.id)) return
    seen.add(summary.id)
    chosen.push(summary)
  }
  picks.forEach(take)
  const ranked = candidates
    .map((candidate) => ({ candidate, score: relatedScore(article, candidate, now) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.candidate.publishedAt.localeCompare(a.candidate.publishedAt) ||
        a.candidate.id.localeCompare(b.candidate.id),
    )
  ranked.forEach(({ candidate }) => take(candidate))
  return chosen
}
