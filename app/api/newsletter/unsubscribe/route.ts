import { serverEnv } from '@/lib/env'
import { handleOneClickUnsubscribe, redirectToUnsubscribePage } from '@/lib/newsletter/http'
import { getNewsletterService } from '@/lib/newsletter/server'

/** RFC 8058 one-click target of the List-Unsubscribe header: POST unsubscribes, GET only shows the page. */
export function POST(request: Request) {
  return handleOneClickUnsubscribe(request, getNewsletterService)
}

export function GET(request: Request) {
  return redirectToUnsubscribePage(request, serverEnv.SITE_URL)
}
