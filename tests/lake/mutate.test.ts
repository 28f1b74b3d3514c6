import { raw, rejection, startTestLake, type TestLake } from './helpers'

let t: TestLake

beforeAll(async () => {
  t = await startTestLake()
})

afterAll(() => t.stop())

const mutateUrl = () => `${t.lake.url}/v2025-02-19/data/mutate/production`

describe('create mutations', () => {
  it('create, createIfNotExists and createOrReplace report their operation and stamp system fields', async () => {
    const res = await t.client.mutate(
      [
        { create: { _id: 'm-1', _type: 'thing', title: 'one' } },
        { createIfNotExists: { _id: 'm-1', _type: 'thing', title: 'ignored' } },
        { createIfNotExists: { _id: 'm-2', _type: 'thing', title: 'two' } },
        { createOrReplace: { _id: 'm-3', _type: 'thing', title: 'three' } },
      ],
      { returnDocuments: false, transactionId: 'tx-create-1' },
    )
    expect(res.transactionId).toBe('tx-create-1')
    expect(res.results).toEqual([
      { id: 'm-1', operation: 'create' },
      { id: 'm-1', operation: 'none' },
      { id: 'm-2', operation: 'create' },
      { id: 'm-3', operation: 'create' },
    ])
    const doc = await t.client.getDocument('m-1')
    expect(doc).toMatchObject({ _id: 'm-1', title: 'one', _rev: 'tx-create-1' })
    expect(doc?._createdAt).toEqual(doc?._updatedAt)
    const replaced = await t.client.createOrReplace({ _id: 'm-3', _type: 'thing', other: true })
    expect(replaced).toMatchObject({ _id: 'm-3', other: true, _createdAt: doc?._createdAt })
    expect(replaced).not.toHaveProperty('title')
  })

  it('generates ids for create without _id, and for ids ending in a dot', async () => {
    const created = await t.client.create({ _type: 'thing' })
    expect(created._id).toMatch(/^[A-Za-z0-9]+$/)
    const draft = await t.client.create({ _id: 'drafts.', _type: 'thing' })
    expect(draft._id).toMatch(/^drafts\.[A-Za-z0-9]+$/)
  })

  it('returns documents with returnDocuments and ids otherwise', async () => {
    const body = { mutations: [{ create: { _id: 'm-rd', _type: 'thing', a: 1 } }] }
    const withDocs = await raw(`${mutateUrl()}?returnIds=true&returnDocuments=true`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    expect(withDocs.status).toBe(200)
    expect(withDocs.body).toMatchObject({ results: [{ id: 'm-rd', operation: 'create', document: { _id: 'm-rd', a: 1 } }] })
    const idsOnly = await raw(`${mutateUrl()}?returnIds=true`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ mutations: [{ delete: { id: 'm-rd' } }] }),
    })
    expect(idsOnly.body).toEqual({ transactionId: expect.any(String), results: [{ id: 'm-rd', operation: 'delete' }] })
  })
})

describe('patches (through @sanity/mutator)', () => {
  beforeEach(async () => {
    await t.client.createOrReplace({
      _id: 'p',
      _type: 'thing',
      title: 'Hello world',
      count: 10,
      tags: ['a', 'b'],
      items: [
        { _key: 'k1', v: 1 },
        { _key: 'k2', v: 2 },
      ],
      nested: { keep: true, drop: true },
    })
  })

  it('applies set, unset, setIfMissing, inc, dec, insert and diffMatchPatch', async () => {
    const doc = await t.client
      .patch('p')
      .set({ 'nested.added': 'x', 'items[_key=="k2"].v': 20 })
      .unset(['nested.drop'])
      .setIfMissing({ title: 'not used', subtitle: 'new' })
      .inc({ count: 5 })
      .dec({ count: 2 })
      .insert('before', 'items[0]', [{ _key: 'k0', v: 0 }])
      .diffMatchPatch({ title: '@@ -1,11 +1,11 @@\n Hello \n-world\n+there\n' })
      .commit()
    await t.client.patch('p').insert('after', 'tags[-1]', ['c']).commit()
    expect(await t.client.getDocument('p')).toMatchObject({
      title: 'Hello there',
      subtitle: 'new',
      count: 13,
      tags: ['a', 'b', 'c'],
      items: [
        { _key: 'k0', v: 0 },
        { _key: 'k1', v: 1 },
        { _key: 'k2', v: 20 },
      ],
      nested: { keep: true, added: 'x' },
    })
    expect(doc.nested).not.toHaveProperty('drop')
  })

  it('replaces with insert replace', async () => {
    const doc = await t.client.patch('p').insert('replace', 'tags[0]', ['z']).commit()
    expect(doc.tags).toEqual(['z', 'b'])
  })

  it('uses the transactionId as the new _rev and honours ifRevisionID', async () => {
    const before = await t.client.getDocument('p')
    const after = await t.client.patch('p', { ifRevisionID: before!._rev }).set({ count: 1 }).commit({ transactionId: 'tx-rev-ok' })
    expect(after._rev).toBe('tx-rev-ok')
    const error = await rejection(t.client.patch('p', { ifRevisionID: before!._rev }).set({ count: 2 }).commit())
    expect(error.statusCode).toBe(409)
    expect(error.details).toMatchObject({ type: 'mutationError', items: [{ error: { type: 'conflict' } }] })
    expect((await t.client.getDocument('p'))!.count).toBe(1)
  })

  it('patches by query', async () => {
    await t.client.createOrReplace({ _id: 'q1', _type: 'bulk', n: 1 })
    await t.client.createOrReplace({ _id: 'q2', _type: 'bulk', n: 2 })
    const res = await raw(`${mutateUrl()}?returnIds=true`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ mutations: [{ patch: { query: '*[_type == $t]', params: { t: 'bulk' }, set: { seen: true } } }] }),
    })
    expect(res.status).toBe(200)
    expect(await t.client.fetch('*[_type == "bulk"] | order(_id) {_id, seen}')).toEqual([
      { _id: 'q1', seen: true },
      { _id: 'q2', seen: true },
    ])
  })
})

describe('autoGenerateArrayKeys', () => {
  it('adds _key to objects in arrays that have none, keeping existing keys', async () => {
    type Keyed = { _key?: string; a?: number; b?: number }
    const input = { _id: 'keys', _type: 'thing', list: [{ a: 1 }, { _key: 'mine', a: 2 }], plain: ['x'], nested: { rows: [{ b: 1 }] } }
    const doc = (await t.client.create(input, { autoGenerateArrayKeys: true })) as unknown as {
      list: Keyed[]
      plain: string[]
      nested: { rows: Keyed[] }
    }
    expect(doc.list[0]?._key).toEqual(expect.any(String))
    expect(doc.list[1]?._key).toBe('mine')
    expect(doc.plain).toEqual(['x'])
    expect(doc.nested.rows[0]?._key).toEqual(expect.any(String))
    const patched = await t.client.patch('keys').append('list', [{ a: 3 }]).commit({ autoGenerateArrayKeys: true })
    expect(patched.list[2]._key).toEqual(expect.any(String))
    const without = await t.client.create({ _id: 'nokeys', _type: 'thing', list: [{ a: 1 }] })
    expect(without.list[0]).not.toHaveProperty('_key')
  })
})

describe('delete', () => {
  it('deletes by id and by query', async () => {
    await t.client.createOrReplace({ _id: 'd1', _type: 'gone' })
    await t.client.createOrReplace({ _id: 'd2', _type: 'gone' })
    await t.client.createOrReplace({ _id: 'd3', _type: 'gone' })
    await t.client.delete('d1')
    const res = await t.client.delete({ query: '*[_type == "gone"]' })
    expect(res.results.map((r: { id: string }) => r.id).sort()).toEqual(['d2', 'd3'])
    expect(await t.client.fetch('count(*[_type == "gone"])')).toBe(0)
  })
})

describe('transactions', () => {
  it('apply all or nothing', async () => {
    await t.client.createOrReplace({ _id: 'aon-1', _type: 'thing', v: 1 })
    const error = await rejection(
      t.client
        .transaction()
        .patch('aon-1', (p) => p.set({ v: 2 }))
        .create({ _id: 'aon-new', _type: 'thing' })
        .patch('aon-missing', (p) => p.set({ v: 3 }))
        .commit(),
    )
    expect(error.statusCode).toBe(409)
    expect(error.details).toMatchObject({
      type: 'mutationError',
      items: [{ index: 2, error: { type: 'documentNotFoundError' } }],
    })
    expect((await t.client.getDocument('aon-1'))!.v).toBe(1)
    expect(await t.client.getDocument('aon-new')).toBeUndefined()
  })

  it('sees its own earlier writes (create then patch in one transaction)', async () => {
    const res = await t.client
      .transaction()
      .create({ _id: 'seq', _type: 'thing', n: 1 })
      .patch('seq', (p) => p.inc({ n: 1 }))
      .commit({ transactionId: 'tx-seq' })
    expect(res.transactionId).toBe('tx-seq')
    expect(await t.client.getDocument('seq')).toMatchObject({ n: 2, _rev: 'tx-seq' })
  })

  it('rejects a transaction id that was already used', async () => {
    await t.client.mutate([{ create: { _id: 'dup-1', _type: 'thing' } }], { transactionId: 'tx-dup' })
    const error = await rejection(t.client.mutate([{ create: { _id: 'dup-2', _type: 'thing' } }], { transactionId: 'tx-dup' }))
    expect(error.statusCode).toBe(409)
    expect(await t.client.getDocument('dup-2')).toBeUndefined()
  })

  it('dryRun validates without writing', async () => {
    const res = await t.client.create({ _id: 'dry', _type: 'thing' }, { dryRun: true, returnDocuments: false })
    expect(res.results).toEqual([{ id: 'dry', operation: 'create' }])
    expect(await t.client.getDocument('dry')).toBeUndefined()
  })
})
