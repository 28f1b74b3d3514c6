import path from 'node:path'
import { revalidationWebhooks, type WebhookDefinition } from '../webhooks'
import { DEFAULT_STUDIO_DIR } from './studio-server'

export const DEFAULT_LAKE_HTTPS_PORT = 3334

export type LakeStudioEnv = {
  /** The HTTPS/HTTP2 Studio server, or undefined when LAKE_HTTPS_PORT=off. */
  studio?: { port: number; host: string; certDir: string; studioDir: string; previewOrigin: string }
  webhooks: WebhookDefinition[]
}

/**
 * The lake's Studio and webhook settings: LAKE_HTTPS_PORT (3334; `off` disables), LAKE_CERT_DIR (`.data/certs`),
 * LAKE_STUDIO_DIR (the built Studio, `dist/studio`), SITE_URL (where "Open preview" goes), LAKE_WEBHOOK_URL and
 * SANITY_REVALIDATE_SECRET (the revalidation webhook; none without a URL).
 */
export function readLakeStudioEnv(env: Record<string, string | undefined>, dataset: string, host: string): LakeStudioEnv {
  const webhooks = revalidationWebhooks({
    LAKE_WEBHOOK_URL: env.LAKE_WEBHOOK_URL,
    SANITY_REVALIDATE_SECRET: env.SANITY_REVALIDATE_SECRET,
    dataset,
  })
  const rawPort = env.LAKE_HTTPS_PORT?.trim()
  if (rawPort === 'off') return { webhooks }
  const port = rawPort ? Number(rawPort) : DEFAULT_LAKE_HTTPS_PORT
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`LAKE_HTTPS_PORT must be a port number or "off", got "${rawPort}"`)
  return {
    webhooks,
    studio: {
      port,
      host,
      certDir: path.resolve(env.LAKE_CERT_DIR?.trim() || path.join('.data', 'certs')),
      studioDir: path.resolve(env.LAKE_STUDIO_DIR?.trim() || DEFAULT_STUDIO_DIR),
      previewOrigin: (env.SITE_URL?.trim() || 'http://localhost:3000').replace(/\/+$/, ''),
    },
  }
}
