import { isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { revalidatePath } from 'next/cache'
import { after } from 'next/server'
import { serverEnv } from '@/lib/env'
import { purgeFullPageCache } from '@/lib/serving/full-page-cache'

/**
 * Expires every cached page, feed and fetch at once, signed like the webhook. The site server calls it when it
 * starts: pages kept from the build, or changed while no server was there to hear the webhook, must not be served
 * as if they were current.
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
  revalidatePath('/', 'layout')
  after(() => void purgeFullPageCache())
  return Response.json({ revalidated: 'everything', now: Date.now() })
}
