import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { isValidPreviewSecret, previewRedirectPath } from '@/lib/content/preview'

/** `/api/draft-mode/enable?secret=…&redirect=/articles/slug`: the Studio's preview link. */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url)
  if (!(await isValidPreviewSecret(url.searchParams.get('secret')))) {
    return new Response('Invalid or expired preview link: open the preview again from the Studio.', {
      status: 401,
      headers: { 'Cache-Control': 'no-store' },
    })
  }
  ;(await draftMode()).enable()
  redirect(previewRedirectPath(url.searchParams.get('redirect')))
}
