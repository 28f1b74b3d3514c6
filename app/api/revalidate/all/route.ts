import { revalidatePath } from 'next/cache'
import { after } from 'next/server'
import { serverEnv } from '@/lib/env'
import { readSignedBody } from '@/lib/content/signed-request'
import { purgeFullPageCache } from '@/lib/serving/full-page-cache'

/**
 * Expires every cached page, feed and fetch at once, signed like the webhook. The site server calls it when it
 * starts: pages kept from the build, or changed while no server was there to hear the webhook, must not be served
 * as if they were current.
 */
export async function POST(request: Request): Promise<Response> {
  const signed = await readSignedBody(request, serverEnv.SANITY_REVALIDATE_SECRET)
  if ('response' in signed) return signed.response
  revalidatePath('/', 'layout')
  after(() => void purgeFullPageCache())
  return Response.json({ revalidated: 'everything', now: Date.now() })
}
