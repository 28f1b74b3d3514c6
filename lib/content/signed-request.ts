import { isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook'

/**
 * The raw body of a request signed like Sanity's webhooks (`@sanity/webhook`), or the response to send instead:
 * 500 when no secret is configured (revalidation is off), 401 when the signature is missing or wrong. The body is
 * checked as received, before anything parses it.
 */
export async function readSignedBody(request: Request, secret: string | undefined): Promise<{ body: string } | { response: Response }> {
  if (!secret) {
    return { response: Response.json({ message: 'SANITY_REVALIDATE_SECRET is not set: revalidation is disabled' }, { status: 500 }) }
  }
  const signature = request.headers.get(SIGNATURE_HEADER_NAME)
  const body = await request.text()
  if (!signature || !(await isValidSignature(body, signature, secret))) {
    return { response: Response.json({ message: 'Invalid signature' }, { status: 401 }) }
  }
  return { body }
}
