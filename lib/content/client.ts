import 'server-only'
import { createClient, type SanityClient } from '@sanity/client'
import { serverEnv } from '@/lib/env'
import { resolveContentSource, type ContentSource } from './source'

/** Client options for a content source; shared with scripts and tests that build their own client. */
export function clientConfigFor(source: ContentSource, token?: string) {
  return {
    projectId: source.projectId,
    dataset: source.dataset,
    apiVersion: source.apiVersion,
    useCdn: false,
    perspective: 'published' as const,
    ...(source.kind === 'local'
      ? { apiHost: source.apiHost, useProjectHostname: false }
      : { useProjectHostname: true, ...(token ? { token } : {}) }),
  }
}

let client: SanityClient | undefined

/** The one Sanity client; created on first use so importing lib/content never needs a reachable backend. */
export function getContentClient(): SanityClient {
  client ??= createClient(clientConfigFor(resolveContentSource(), serverEnv.SANITY_API_READ_TOKEN))
  return client
}
