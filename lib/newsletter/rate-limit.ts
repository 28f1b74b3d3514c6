import { sql } from 'kysely'
import type { AppDatabase } from '@/lib/db/database'

/**
 * A fixed-window counter per key, kept in the database so it holds across server instances. One upsert
 * statement increments (or restarts an expired window) atomically on SQLite and PostgreSQL alike.
 */
export interface RateLimitRule {
  limit: number
  windowMs: number
}

export async function hitRateLimit(
  db: AppDatabase,
  key: string,
  rule: RateLimitRule,
  now: Date,
): Promise<{ allowed: boolean; count: number }> {
  const nowIso = now.toISOString()
  const expiredIfBefore = new Date(now.getTime() - rule.windowMs).toISOString()
  const row = await db
    .insertInto('rate_limit')
    .values({ key, window_start: nowIso, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql<number>`case when rate_limit.window_start <= ${expiredIfBefore} then 1 else rate_limit.count + 1 end`,
        window_start: sql<string>`case when rate_limit.window_start <= ${expiredIfBefore} then ${nowIso} else rate_limit.window_start end`,
      }),
    )
    .returning(['count'])
    .executeTakeFirstOrThrow()
  const count = Number(row.count)
  if (count === 1) {
    // A new window: a cheap moment to forget counters nobody has touched for a day.
    const stale = new Date(now.getTime() - Math.max(rule.windowMs, 24 * 3600_000)).toISOString()
    await db.deleteFrom('rate_limit').where('window_start', '<', stale).execute()
  }
  return { allowed: count <= rule.limit, count }
}
