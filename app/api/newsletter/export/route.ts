import { serverEnv } from '@/lib/env'
import { handleSubscribersExport } from '@/lib/newsletter/http'
import { getNewsletterService } from '@/lib/newsletter/server'

/** Confirmed subscribers as CSV, for `Authorization: Bearer $SUBSCRIBERS_EXPORT_SECRET`. */
export function GET(request: Request) {
  return handleSubscribersExport(request, { exportSecret: serverEnv.SUBSCRIBERS_EXPORT_SECRET, service: getNewsletterService })
}
