import fs from 'node:fs'
import path from 'node:path'

/**
 * The lake answers the Studio's private endpoints as sanity 5.31.2 calls them (sanity/lake/management.ts); a new
 * version may call others. Upgrading is deliberate: see README, "Upgrading sanity".
 */
const ROOT = path.join(__dirname, '..', '..')
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as { version?: string; dependencies: Record<string, string> }

describe('the Studio version', () => {
  it('pins sanity and its Studio plugins exactly, and the installed copy is that version', () => {
    const { dependencies } = read('package.json')
    for (const name of ['sanity', '@sanity/vision']) expect(dependencies[name]).toMatch(/^\d+\.\d+\.\d+$/)
    expect(dependencies['@sanity/vision']).toBe(dependencies.sanity)
    expect(read('node_modules/sanity/package.json').version).toBe(dependencies.sanity)
  })
})
