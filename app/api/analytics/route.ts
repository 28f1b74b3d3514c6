import { getConsentSettings } from '@/lib/content/settings'
import { handleAnalyticsBeacon } from '@/lib/consent/analytics-beacon'

export const dynamic = 'force-dynamic'

export function POST(request: Request): Promise<Response> {
  return handleAnalyticsBeacon(request, getConsentSettings)
}
