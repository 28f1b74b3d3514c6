import type { DocumentActionComponent } from 'sanity'
import { isSingletonType, singletonDocumentActions, SINGLETONS, withoutSingletonTemplates } from '@/sanity/studio/singletons'
import { resolveStudioSource } from '@/sanity/studio/studioSource'

describe('Studio content source', () => {
  it('defaults to the local lake over HTTPS', () => {
    expect(resolveStudioSource({})).toEqual({
      projectId: 'local',
      dataset: 'production',
      apiHost: 'https://localhost:3334',
      local: true,
    })
  })

  it('takes the local API host and dataset from the environment', () => {
    expect(resolveStudioSource({ SANITY_STUDIO_API_HOST: 'https://localhost:4150/', SANITY_STUDIO_DATASET: 'staging' })).toEqual({
      projectId: 'local',
      dataset: 'staging',
      apiHost: 'https://localhost:4150',
      local: true,
    })
  })

  it('uses hosted Sanity when a project id is set', () => {
    expect(resolveStudioSource({ SANITY_STUDIO_PROJECT_ID: 'abc123', SANITY_STUDIO_API_HOST: '' })).toEqual({
      projectId: 'abc123',
      dataset: 'production',
      local: false,
    })
  })

  it('refuses malformed settings', () => {
    expect(() => resolveStudioSource({ SANITY_STUDIO_PROJECT_ID: 'Bad Id' })).toThrow(/SANITY_STUDIO_PROJECT_ID/)
    expect(() => resolveStudioSource({ SANITY_STUDIO_DATASET: 'no spaces' })).toThrow(/SANITY_STUDIO_DATASET/)
    expect(() => resolveStudioSource({ SANITY_STUDIO_API_HOST: 'localhost:3334' })).toThrow(/SANITY_STUDIO_API_HOST/)
  })
})

describe('singletons', () => {
  const action = (name: string) => Object.assign(() => null, { action: name }) as unknown as DocumentActionComponent
  const all = ['publish', 'unpublish', 'discardChanges', 'duplicate', 'delete', 'restore'].map(action)

  it('have fixed ids', () => {
    expect(SINGLETONS.map((s) => s.id)).toEqual(['siteSettings', 'consentSettings'])
    expect(isSingletonType('siteSettings')).toBe(true)
    expect(isSingletonType('article')).toBe(false)
  })

  it('cannot be duplicated, deleted or unpublished', () => {
    const names = singletonDocumentActions(all, 'consentSettings').map((a) => a.action)
    expect(names).toEqual(['publish', 'discardChanges', 'restore'])
  })

  it('leave other types their actions', () => {
    expect(singletonDocumentActions(all, 'article')).toHaveLength(all.length)
  })

  it('cannot be created from the "new document" menu', () => {
    const templates = [{ schemaType: 'article' }, { schemaType: 'siteSettings' }, { templateId: 'consentSettings' }, { templateId: 'author' }]
    expect(withoutSingletonTemplates(templates)).toEqual([{ schemaType: 'article' }, { templateId: 'author' }])
  })
})
