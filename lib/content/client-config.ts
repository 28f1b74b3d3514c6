import type { ClientConfig } from '@sanity/client'
import type { ContentSource } from './source'

/** `@sanity/client` options for a content source; shared by client.ts, `npm run content:check` and tests. */
export function clientConfigFor(source: ContentSource, token?: string): ClientConfig {
  return {
    projectId: source.projectId,
    dataset: source.dataset,
    apiVersion: source.apiVersion,
    useCdn: false,
    perspective: 'published',
    ...(source.kind === 'local'
      ? { apiHost: source.apiHost, useProjectHostname: false }
      : { useProjectHostname: true, ...(token ? { token } : {}) }),
  }
}
