import 'server-only'
import { z } from 'zod'

/**
 * The server's environment, validated once. Secrets live here and nowhere else; client components
 * never import this module (`server-only` makes that a build error).
 */
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === '' ? undefined : v))

const serverEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  SANITY_API_READ_TOKEN: optionalString,
  SANITY_REVALIDATE_SECRET: optionalString,
  SANITY_PREVIEW_SECRET: optionalString,
  DATA_DIR: z.string().default('.data'),
  DATABASE_URL: optionalString,
  SMTP_URL: optionalString,
  MAIL_FROM: z.string().default('The Meridian Review <newsletter@localhost>'),
  NEWSLETTER_SECRET: optionalString,
  SUBSCRIBERS_EXPORT_SECRET: optionalString,
  SITE_URL: z.string().url().default('http://localhost:3000'),
})

export type ServerEnv = z.infer<typeof serverEnvSchema>

function parseServerEnv(): ServerEnv {
  const parsed = serverEnvSchema.safeParse(process.env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new Error(`Invalid server environment: ${problems}`)
  }
  return parsed.data
}

export const serverEnv: ServerEnv = parseServerEnv()
