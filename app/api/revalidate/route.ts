import { revalidateTag } from 'next/cache'
import { after } from 'next/server'
import { serverEnv } from '@/lib/env'
import { revalidationPayloadSchema, tagsForRevalidation } from '@/lib/content/revalidation'
import { readSignedBody } from '@/lib/content/signed-request'
import { purgeFullPageCache } from '@/lib/serving/full-page-cache'

/**
 * Sanity's GROQ-powered webhook (sanity/webhooks.ts; the local lake sends the same) lands here after a commit.
 * The signature is checked on the raw body before anything is parsed; then exactly the changed tags expire at
 * once, so the next reader request renders fresh content without a rebuild.
 */
export async function POST(request: Request): Promise<Response> {
  const signed = await readSignedBody(request, serverEnv.SANITY_REVALIDATE_SECRET)
  if ('response' in signed) return signed.response
  const { body } = signed
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    return Response.json({ message: 'Body is not JSON' }, { status: 400 })
  }
  const parsed = revalidationPayloadSchema.safeParse(json)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ')
    return Response.json({ message: `Unexpected webhook body: ${problems}` }, { status: 400 })
  }
  const tags = tagsForRevalidation(parsed.data)
  // `expire: 0`: the cached entries are gone now, not served stale once more while they refresh.
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  // The site server's copy of whole pages does not know their tags, so it starts again from Next's cache. Next
  // applies the expiries when this handler returns; purging after the response means nothing rendered before
  // them can be stored again.
  if (tags.length > 0) after(() => void purgeFullPageCache())
  return Response.json({ revalidated: tags, now: Date.now() })
}
