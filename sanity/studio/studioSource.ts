/**
 * Where the Studio reads and writes content. With SANITY_STUDIO_PROJECT_ID set it talks to hosted Sanity;
 * otherwise to the local content lake, which serves the Studio's API over HTTPS (HTTP/2) so the browser can
 * hold the Studio's many event streams open. The Studio prepends the project id to the host
 * (https://local.localhost:3334), and browsers resolve *.localhost to loopback.
 */
export const LOCAL_STUDIO_PROJECT_ID = 'local'
export const DEFAULT_STUDIO_DATASET = 'production'
export const DEFAULT_LOCAL_STUDIO_API_HOST = 'https://localhost:3334'

export type StudioEnv = {
  SANITY_STUDIO_PROJECT_ID?: string
  SANITY_STUDIO_DATASET?: string
  SANITY_STUDIO_API_HOST?: string
}

export type StudioSource = { projectId: string; dataset: string; apiHost?: string; local: boolean }

const nonEmpty = (value: string | undefined) => (value && value.trim() !== '' ? value.trim() : undefined)

/** Where the Studio page itself was loaded from (the browser's `location`), when known. */
export type StudioLocation = { protocol: string; hostname: string; port: string }

/**
 * The local Studio server serves the Studio and the lake's API on one port, so a Studio loaded over HTTPS from
 * localhost talks to the port it came from: one build works on any port (tests pick free ones).
 */
function sameServerApiHost(location: StudioLocation | undefined): string | undefined {
  if (!location || location.protocol !== 'https:') return undefined
  const { hostname } = location
  if (hostname !== 'localhost' && !hostname.endsWith('.localhost') && hostname !== '127.0.0.1') return undefined
  return `https://localhost:${location.port || '443'}`
}

export function resolveStudioSource(env: StudioEnv, location?: StudioLocation): StudioSource {
  const projectId = nonEmpty(env.SANITY_STUDIO_PROJECT_ID)
  const dataset = nonEmpty(env.SANITY_STUDIO_DATASET) ?? DEFAULT_STUDIO_DATASET
  if (projectId && !/^[a-z0-9-]+$/.test(projectId)) {
    throw new Error('SANITY_STUDIO_PROJECT_ID must be lowercase letters, digits and dashes')
  }
  if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(dataset)) throw new Error('SANITY_STUDIO_DATASET must be a valid dataset name')
  if (projectId) {
    const apiHost = nonEmpty(env.SANITY_STUDIO_API_HOST)
    return { projectId, dataset, local: false, ...(apiHost ? { apiHost } : {}) }
  }
  const apiHost = (nonEmpty(env.SANITY_STUDIO_API_HOST) ?? sameServerApiHost(location) ?? DEFAULT_LOCAL_STUDIO_API_HOST).replace(/\/+$/, '')
  if (!/^https?:\/\/[^/\s]+$/.test(apiHost)) {
    throw new Error('SANITY_STUDIO_API_HOST must be an origin such as https://localhost:3334')
  }
  return { projectId: LOCAL_STUDIO_PROJECT_ID, dataset, apiHost, local: true }
}

/**
 * The Studio bundler replaces each `process.env.SANITY_STUDIO_*` access literally, so every variable is
 * read by its full name here rather than by passing `process.env` around.
 */
export function studioSourceFromEnv(): StudioSource {
  return resolveStudioSource({
    SANITY_STUDIO_PROJECT_ID: process.env.SANITY_STUDIO_PROJECT_ID,
    SANITY_STUDIO_DATASET: process.env.SANITY_STUDIO_DATASET,
    SANITY_STUDIO_API_HOST: process.env.SANITY_STUDIO_API_HOST,
  }, typeof window === 'undefined' ? undefined : window.location)
}
