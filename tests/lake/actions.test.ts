import { rejection, startTestLake, type TestLake } from './helpers'

let t: TestLake

beforeAll(async () => {
  t = await startTestLake()
})

afterAll(() => t.stop())

const ids = async (prefix: string) =>
  (await t.client.fetch<string[]>('*[_id match $p || _id match $d]._id', { p: `${prefix}*`, d: `drafts.${prefix}*` }, { perspective: 'raw' })).sort()

describe('document actions', () => {
  it('create makes a draft; edit patches it; publish moves it to the published id', async () => {
    await t.client.action({
      actionType: 'sanity.action.document.create',
      publishedId: 'a1',
      attributes: { _id: 'drafts.a1', _type: 'article', title: 'Draft' },
      ifExists: 'fail',
    })
    expect(await ids('a1')).toEqual(['drafts.a1'])
    await t.client.action({
      actionType: 'sanity.action.document.edit',
      draftId: 'drafts.a1',
      publishedId: 'a1',
      patch: { set: { title: 'Edited' } },
    })
    const draft = await t.client.getDocument('drafts.a1')
    expect(draft).toMatchObject({ title: 'Edited' })
    const res = await t.client.action(
      { actionType: 'sanity.action.document.publish', draftId: 'drafts.a1', publishedId: 'a1', ifDraftRevisionId: draft!._rev },
      { transactionId: 'tx-publish-a1' },
    )
    expect(res).toEqual({ transactionId: 'tx-publish-a1' })
    expect(await ids('a1')).toEqual(['a1'])
    expect(await t.client.getDocument('a1')).toMatchObject({ _id: 'a1', title: 'Edited', _rev: 'tx-publish-a1' })
  })

  it('edit of a published document creates the draft from it', async () => {
    await t.client.createOrReplace({ _id: 'a2', _type: 'article', title: 'Live', body: 'text' })
    await t.client.action({ actionType: 'sanity.action.document.edit', draftId: 'drafts.a2', publishedId: 'a2', patch: { set: { title: 'Changed' } } })
    expect(await t.client.getDocument('drafts.a2')).toMatchObject({ _id: 'drafts.a2', title: 'Changed', body: 'text' })
    expect(await t.client.getDocument('a2')).toMatchObject({ title: 'Live' })
  })

  it('create with ifExists ignore does nothing when the document exists; fail is a 409', async () => {
    await t.client.action({
      actionType: 'sanity.action.document.create',
      publishedId: 'a2',
      attributes: { _id: 'drafts.a2', _type: 'article', title: 'Other' },
      ifExists: 'ignore',
    })
    expect(await t.client.getDocument('drafts.a2')).toMatchObject({ title: 'Changed' })
    const error = await rejection(
      t.client.action({
        actionType: 'sanity.action.document.create',
        publishedId: 'a2',
        attributes: { _id: 'drafts.a2', _type: 'article' },
        ifExists: 'fail',
      }),
    )
    expect(error.statusCode).toBe(409)
    expect(error.details).toMatchObject({ type: 'actionError', items: [{ index: 0, error: { type: 'documentAlreadyExistsError' } }] })
  })

  it('replaceDraft, discard, unpublish and delete', async () => {
    await t.client.action({ actionType: 'sanity.action.document.replaceDraft', publishedId: 'a2', attributes: { _id: 'drafts.a2', _type: 'article', title: 'Replaced' } })
    expect(await t.client.getDocument('drafts.a2')).toMatchObject({ title: 'Replaced' })
    expect(await t.client.getDocument('drafts.a2')).not.toHaveProperty('body')
    await t.client.action({ actionType: 'sanity.action.document.discard', draftId: 'drafts.a2' })
    expect(await ids('a2')).toEqual(['a2'])
    await t.client.action({ actionType: 'sanity.action.document.unpublish', draftId: 'drafts.a2', publishedId: 'a2' })
    expect(await ids('a2')).toEqual(['drafts.a2'])
    expect(await t.client.getDocument('drafts.a2')).toMatchObject({ title: 'Live' })
    await t.client.action({ actionType: 'sanity.action.document.delete', publishedId: 'a2', includeDrafts: ['drafts.a2'] })
    expect(await ids('a2')).toEqual([])
  })

  it('version.discard deletes a draft, as the Studio does to delete a never-published document', async () => {
    await t.client.createOrReplace({ _id: 'drafts.a6', _type: 'article', title: 'Never published' })
    await t.client.createOrReplace({ _id: 'a7', _type: 'article', title: 'Live' })
    await t.client.action([{ actionType: 'sanity.action.document.version.discard', versionId: 'drafts.a6' }])
    expect(await ids('a6')).toEqual([])
    const missing = await rejection(t.client.action({ actionType: 'sanity.action.document.version.discard', versionId: 'drafts.a6' }))
    expect(missing.statusCode).toBe(409)
    expect(missing.details).toMatchObject({ type: 'actionError', items: [{ index: 0, error: { type: 'documentNotFoundError' } }] })
    // Only drafts and release versions: a published document goes through delete or unpublish.
    const published = await rejection(t.client.action({ actionType: 'sanity.action.document.version.discard', versionId: 'a7' }))
    expect(published.statusCode).toBe(400)
    expect(await ids('a7')).toEqual(['a7'])
  })

  it('applies several actions all or nothing', async () => {
    await t.client.createOrReplace({ _id: 'a3', _type: 'article', title: 'Three' })
    const error = await rejection(
      t.client.action([
        { actionType: 'sanity.action.document.edit', draftId: 'drafts.a3', publishedId: 'a3', patch: { set: { title: 'x' } } },
        { actionType: 'sanity.action.document.publish', draftId: 'drafts.nope', publishedId: 'nope' },
      ]),
    )
    expect(error.statusCode).toBe(409)
    expect(error.details).toMatchObject({ type: 'actionError', items: [{ index: 1 }] })
    expect(await ids('a3')).toEqual(['a3'])
  })

  it('dryRun checks without writing', async () => {
    await t.client.action(
      { actionType: 'sanity.action.document.create', publishedId: 'a4', attributes: { _id: 'drafts.a4', _type: 'article' }, ifExists: 'fail' },
      { dryRun: true },
    )
    expect(await ids('a4')).toEqual([])
  })

  it('publish with a stale ifDraftRevisionId is a conflict', async () => {
    await t.client.createOrReplace({ _id: 'drafts.a5', _type: 'article' })
    const error = await rejection(
      t.client.action({ actionType: 'sanity.action.document.publish', draftId: 'drafts.a5', publishedId: 'a5', ifDraftRevisionId: 'stale' }),
    )
    expect(error.statusCode).toBe(409)
    expect(await ids('a5')).toEqual(['drafts.a5'])
  })

  it('rejects unknown action types with a 400', async () => {
    const error = await rejection(t.client.action({ actionType: 'sanity.action.document.teleport' } as never))
    expect(error.statusCode).toBe(400)
    expect(error.message).toContain('Unsupported actionType')
  })
})
