import { getConsentSettings } from '@/lib/content/settings'
import { serverEnv } from '@/lib/env'
import { handleConsentPost } from '@/lib/consent/http'
import { getConsentRecordStore } from '@/lib/consent/server'

export const dynamic = 'force-dynamic'

export function POST(request: Request): Promise<Response> {
  return handleConsentPost(request, { settings: getConsentSettings, store: getConsentRecordStore, siteUrl: serverEnv.SITE_URL })
}
