import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { previewRedirectPath } from '@/lib/content/preview'

/** Leaves draft preview and returns to the published page. */
export async function GET(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  redirect(previewRedirectPath(new URL(request.url).searchParams.get('redirect')))
}
