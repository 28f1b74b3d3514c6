import { spawn } from 'node:child_process'
import { join } from 'node:path'

const ROOT = join(__dirname, '..', '..')

type StudioSummary = {
  name: string
  projectId: string
  dataset: string
  apiHost: string | null
  plugins: string[]
  schemaTypes: string[]
  templates: string[]
  newDocumentOptions: string[]
  actions: Record<string, string[]>
}

/** Loads sanity.config.ts in a tsx child process with the given Studio environment. */
function describeStudio(env: Record<string, string>): Promise<StudioSummary> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('SANITY_STUDIO_')),
  )
  return new Promise((resolve, reject) => {
    const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(__dirname, 'support', 'describe-studio-config.ts')], {
      cwd: ROOT,
      env: { ...clean, ...env } as NodeJS.ProcessEnv,
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(stdout)) : reject(new Error(`exit ${code}: ${stderr}`))))
  })
}

let local: StudioSummary
let hosted: StudioSummary

beforeAll(async () => {
  ;[local, hosted] = await Promise.all([
    describeStudio({}),
    describeStudio({ SANITY_STUDIO_PROJECT_ID: 'abc123', SANITY_STUDIO_DATASET: 'staging' }),
  ])
}, 120_000)

describe('sanity.config.ts', () => {
  it('talks to the local lake over HTTPS when no project id is set', () => {
    expect(local).toMatchObject({ projectId: 'local', dataset: 'production', apiHost: 'https://localhost:3334' })
  })

  it('talks to hosted Sanity when SANITY_STUDIO_PROJECT_ID is set', () => {
    expect(hosted).toMatchObject({ projectId: 'abc123', dataset: 'staging', apiHost: null })
  })

  it('has the structure tool and Vision, and every schema type', () => {
    expect(local.plugins).toEqual(['sanity/structure', '@sanity/vision'])
    expect(local.schemaTypes).toEqual(expect.arrayContaining(['article', 'author', 'topic', 'page', 'siteSettings', 'consentSettings']))
  })

  it('offers no "create new" for singletons', () => {
    expect(local.templates).toEqual(['article', 'author', 'topic', 'page'])
    expect(local.newDocumentOptions).toEqual(['article', 'author', 'topic', 'page'])
  })

  it('allows no duplicate, delete or unpublish on singletons, and keeps them for other types', () => {
    expect(local.actions.siteSettings).toEqual(['publish', 'discardChanges', 'restore'])
    expect(local.actions.consentSettings).toEqual(['publish', 'discardChanges', 'restore'])
    expect(local.actions.article).toEqual(['publish', 'unpublish', 'discardChanges', 'duplicate', 'delete', 'restore'])
  })
})
