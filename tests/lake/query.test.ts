import { clientFor, raw, rejection, startTestLake, type TestLake } from './helpers'

let t: TestLake

beforeAll(async () => {
  t = await startTestLake()
  await t.client
    .transaction()
    .create({ _id: 'author-1', _type: 'author', name: 'Ada' })
    .create({ _id: 'post-1', _type: 'post', title: 'Published one', author: { _type: 'reference', _ref: 'author-1' }, n: 1 })
    .create({ _id: 'drafts.post-1', _type: 'post', title: 'Draft of one', author: { _type: 'reference', _ref: 'author-1' }, n: 1 })
    .create({ _id: 'drafts.post-2', _type: 'post', title: 'Only a draft', n: 2 })
    .create({ _id: 'versions.r1.post-1', _type: 'post', title: 'In a release', n: 1 })
    .commit()
})

afterAll(() => t.stop())

const titles = (docs: Array<{ title: string }>) => docs.map((d) => d.title).sort()

describe('query', () => {
  it('defaults to the published perspective from API version 2025-02-19', async () => {
    expect(titles(await t.client.fetch('*[_type == "post"]'))).toEqual(['Published one'])
  })

  it('defaults to raw for older API versions', async () => {
    const old = clientFor(t.lake.url, { apiVersion: '2021-10-21' })
    expect(titles(await old.fetch('*[_type == "post"]'))).toEqual(['Draft of one', 'In a release', 'Only a draft', 'Published one'])
    const v1 = clientFor(t.lake.url, { apiVersion: '1' })
    expect(await v1.fetch('count(*[_type == "post"])')).toBe(4)
  })

  it('supports the raw, published, drafts and previewDrafts perspectives', async () => {
    expect(await t.client.fetch('count(*[_type == "post"])', {}, { perspective: 'raw' })).toBe(4)
    expect(await t.client.fetch('count(*[_type == "post"])', {}, { perspective: 'published' })).toBe(1)
    const drafts = await t.client.fetch('*[_type == "post"]{_id, _originalId, title} | order(_id)', {}, { perspective: 'drafts' })
    expect(drafts).toEqual([
      { _id: 'post-1', _originalId: 'drafts.post-1', title: 'Draft of one' },
      { _id: 'post-2', _originalId: 'drafts.post-2', title: 'Only a draft' },
    ])
    const preview = await raw(`${t.lake.url}/v2025-02-19/data/query/production?query=${encodeURIComponent('count(*[_type == "post"])')}&perspective=previewDrafts`)
    expect(preview.body).toMatchObject({ result: 2 })
  })

  it('dereferences and takes params from GET query args', async () => {
    const result = await t.client.fetch('*[_type == "post" && n == $n][0]{title, "author": author->name}', { n: 1 })
    expect(result).toEqual({ title: 'Published one', author: 'Ada' })
    expect(await t.client.fetch('*[_id == $id][0].title', { id: 'post-1' })).toBe('Published one')
  })

  it('sends long queries as POST with {query, params} and answers the same', async () => {
    const padding = 'x'.repeat(12000)
    const result = await t.client.fetch(`*[_type == "post" && n == $n && title != "${padding}"][0].title`, { n: 1 })
    expect(result).toBe('Published one')
    const post = await raw(`${t.lake.url}/v2025-02-19/data/query/production`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '*[_id == $id][0].n', params: { id: 'post-1' } }),
    })
    expect(post.status).toBe(200)
    expect(post.body).toMatchObject({ result: 1 })
  })

  it('answers {query, ms, result}, without query when returnQuery=false', async () => {
    const full = await t.client.fetch('count(*)', {}, { filterResponse: false })
    expect(full).toMatchObject({ query: 'count(*)', result: 2 })
    expect(typeof full.ms).toBe('number')
    const withoutQuery = await raw(`${t.lake.url}/v2025-02-19/data/query/production?query=count(*)&returnQuery=false`)
    expect(withoutQuery.body).toEqual({ ms: expect.any(Number), result: 2 })
  })

  it('sees writes immediately (cache follows revisions)', async () => {
    expect(await t.client.fetch('count(*[_type == "note"])')).toBe(0)
    await t.client.create({ _id: 'note-1', _type: 'note' })
    expect(await t.client.fetch('count(*[_type == "note"])')).toBe(1)
    await t.client.delete('note-1')
    expect(await t.client.fetch('count(*[_type == "note"])')).toBe(0)
  })
})

describe('documents by id', () => {
  it('returns documents and omits missing ids', async () => {
    expect(await t.client.getDocuments(['post-1', 'missing', 'drafts.post-2'])).toEqual([
      expect.objectContaining({ _id: 'post-1' }),
      null,
      expect.objectContaining({ _id: 'drafts.post-2' }),
    ])
    expect(await t.client.getDocument('drafts.post-1')).toMatchObject({ title: 'Draft of one' })
    const res = await raw(`${t.lake.url}/v2025-02-19/data/doc/production/post-1,missing`)
    expect(res.body).toEqual({ documents: [expect.objectContaining({ _id: 'post-1' })], omitted: [{ id: 'missing', reason: 'existence' }] })
  })

  it('supports excludeContent existence checks', async () => {
    const res = await raw(`${t.lake.url}/v2025-02-19/data/doc/production/post-1,nope?excludeContent=true`)
    expect(res.body).toMatchObject({ omitted: [{ id: 'nope', reason: 'existence' }] })
    expect(JSON.stringify(res.body)).not.toContain('Published one')
  })
})

describe('service endpoints', () => {
  it('answers ping, data ping, and accepts the project id header', async () => {
    expect((await raw(`${t.lake.url}/ping`)).status).toBe(200)
    expect((await raw(`${t.lake.url}/v2025-02-19/ping`)).status).toBe(200)
    const ping = await raw(`${t.lake.url}/v2025-02-19/data/ping/production`, { headers: { 'X-Sanity-Project-ID': 'local' } })
    expect(ping.status).toBe(200)
    expect((await raw(`${t.lake.url}/v2025-02-19/projects/local/datasets`)).body).toEqual([{ name: 'production', aclMode: 'public' }])
  })

  it('allows any localhost origin with credentials, and no other origin', async () => {
    const preflight = await raw(`${t.lake.url}/v2025-02-19/data/mutate/production`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://local.localhost:3334',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,authorization',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://local.localhost:3334')
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true')
    expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type,authorization')
    const get = await raw(`${t.lake.url}/v2025-02-19/data/query/production?query=1`, { headers: { Origin: 'http://localhost:3333' } })
    expect(get.headers.get('access-control-allow-origin')).toBe('http://localhost:3333')
    const foreign = await raw(`${t.lake.url}/v2025-02-19/data/query/production?query=1`, { headers: { Origin: 'https://evil.example' } })
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('rejects unsupported perspectives clearly', async () => {
    const error = await rejection(t.client.fetch('1', {}, { perspective: ['rSomeRelease'] }))
    expect(error.statusCode).toBe(400)
    expect(error.message).toContain('Unsupported perspective')
  })
})
