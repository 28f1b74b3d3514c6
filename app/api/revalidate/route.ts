import { isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { revalidateTag } from 'next/cache'
import { after } from 'next/server'
import { serverEnv } from '@/lib/env'
import { revalidationPayloadSchema, tagsForRevalidation } from '@/lib/content/revalidation'
import { purgeFullPageCache } from '@/lib/serving/full-page-cache'

/**
 * Sanity's GROQ-powered webhook (sanity/webhooks.ts; the local lake sends the same) lands here after a commit.
 * The signature is checked on the raw body before anything is parsed; then exactly the changed tags expire at
 * once, so the next reader request renders fresh content without a rebuild.
 */
export async function POST(request: Request): Promise<Response> {
  const secret = serverEnv.SANITY_REVALIDATE_SECRET
  if (!secret) {
    return Response.json({ message: 'SANITY_REVALIDATE_SECRET is not set: revalidation is disabled' }, { status: 500 })
  }
  const signature = request.headers.get(SIGNATURE_HEADER_NAME)
  const body = await request.text()
  if (!signature || !(await isValidSignature(body, signature, secret))) {
    return Response.json({ message: 'Invalid signature' }, { status: 401 })
  }
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
