import 'server-only'
import { createClient, type SanityClient } from '@sanity/client'
import { serverEnv } from '@/lib/env'
import { clientConfigFor } from './client-config'
import { resolveContentSource } from './source'

let client: SanityClient | undefined

/** The one Sanity client; created on first use so importing lib/content never needs a reachable backend. */
export function getContentClient(): SanityClient {
  client ??= createClient(clientConfigFor(resolveContentSource(), serverEnv.SANITY_API_READ_TOKEN))
  return client
}
