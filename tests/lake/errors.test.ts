import http from 'node:http'
import net from 'node:net'
import { raw, rejection, startTestLake, type TestLake } from './helpers'

let t: TestLake

beforeAll(async () => {
  t = await startTestLake()
  await t.client.createOrReplace({ _id: 'existing', _type: 'thing', v: 1 })
})

afterAll(() => t.stop())

const api = (path: string) => `${t.lake.url}/v2025-02-19${path}`
const postJson = (path: string, body: string) =>
  raw(api(path), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })

const notFound = { error: 'Not Found', message: expect.any(String), statusCode: 404 }

afterEach(async () => {
  // Whatever the bad input, the lake keeps answering.
  expect((await raw(`${t.lake.url}/ping`)).status).toBe(200)
})

describe('bad input gets a clear 4xx in Sanity’s error shapes', () => {
  it('malformed GROQ: 400 queryParseError with query, start and end', async () => {
    const res = await raw(api(`/data/query/production?query=${encodeURIComponent('*[_type == ]')}`))
    expect(res.status).toBe(400)
    expect(res.body).toEqual({
      error: { type: 'queryParseError', description: expect.any(String), query: '*[_type == ]', start: expect.any(Number), end: expect.any(Number) },
    })
    const error = await rejection(t.client.fetch('*[_type == "x"'))
    expect(error.statusCode).toBe(400)
    expect(error.message).toContain('GROQ query parse error')
  })

  it('a parameter the query uses but nobody sent: 400', async () => {
    const error = await rejection(t.client.fetch('*[_id == $id && title != "$notAParam"]'))
    expect(error.statusCode).toBe(400)
    expect(error.details).toMatchObject({ type: 'queryParseError', description: 'param $id referenced, but not provided', start: 9, end: 12 })
    expect(await t.client.fetch('// $notThisEither\n*[_id == $id && title != "$notAParam"][0]._id', { id: 'existing' })).toBe('existing')
  })

  it('a $param that is not JSON: 400', async () => {
    const res = await raw(api('/data/query/production?query=*[_id==$id]&$id=unquoted'))
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ error: 'Bad Request', message: expect.stringContaining('$id'), statusCode: 400 })
  })

  it('a missing query: 400', async () => {
    expect((await raw(api('/data/query/production'))).status).toBe(400)
  })

  it('an unknown dataset: 404 on every endpoint', async () => {
    expect((await raw(api('/data/query/nope?query=*'))).body).toEqual(notFound)
    expect((await raw(api('/data/doc/nope/existing'))).status).toBe(404)
    expect((await postJson('/data/mutate/nope', JSON.stringify({ mutations: [{ create: { _type: 'x' } }] }))).status).toBe(404)
    expect((await postJson('/data/actions/nope', JSON.stringify({ actions: [] }))).status).toBe(404)
    expect((await raw(api('/data/listen/nope?query=*'))).status).toBe(404)
    expect((await raw(api('/data/ping/nope'))).status).toBe(404)
    expect((await raw(api('/assets/images/nope'), { method: 'POST', body: 'x' })).status).toBe(404)
    const error = await rejection(t.client.withConfig({ dataset: 'nope' }).fetch('*'))
    expect(error.statusCode).toBe(404)
    expect(error.message).toContain('Dataset "nope" not found')
  })

  it('invalid JSON bodies and bodies of the wrong shape: 400', async () => {
    const res = await postJson('/data/mutate/production', '{"mutations": [')
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ error: 'Bad Request', message: expect.stringContaining('not valid JSON'), statusCode: 400 })
    expect((await postJson('/data/mutate/production', '')).status).toBe(400)
    expect((await postJson('/data/mutate/production', '[]')).status).toBe(400)
    expect((await postJson('/data/mutate/production', '{"mutations": "create"}')).body).toMatchObject({ error: { type: 'mutationError' } })
    expect((await postJson('/data/mutate/production', '{"mutations": [{"teleport": {}}]}')).status).toBe(400)
    expect((await postJson('/data/query/production', '{"query": 42}')).status).toBe(400)
    expect((await postJson('/data/actions/production', '{"actions": []}')).body).toMatchObject({ error: { type: 'actionError' } })
    expect((await postJson('/data/mutate/production', '{"mutations": [{"create": {"_type": "x"}}], "transactionId": "bad id!"}')).status).toBe(400)
  })

  it('documents without _id or _type, or with an invalid id: 400 mutationError', async () => {
    const noId = await rejection(t.client.mutate([{ createOrReplace: { _type: 'thing' } as never }]))
    expect(noId.statusCode).toBe(400)
    expect(noId.details).toMatchObject({ type: 'mutationError', items: [{ index: 0, error: { type: 'invalidDocument' } }] })
    const noType = await rejection(t.client.create({ _id: 'typeless' } as never))
    expect(noType.statusCode).toBe(400)
    expect(noType.message).toContain('missing a _type')
    const badId = await rejection(t.client.create({ _id: 'has space', _type: 'thing' }))
    expect(badId.statusCode).toBe(400)
    const unsetType = await rejection(t.client.patch('existing').unset(['_type']).commit())
    expect(unsetType.statusCode).toBe(400)
  })

  it('a patch on a missing document: 409 documentNotFoundError', async () => {
    const error = await rejection(t.client.patch('missing').set({ a: 1 }).commit())
    expect(error.statusCode).toBe(409)
    expect(error.details).toMatchObject({ type: 'mutationError', items: [{ error: { type: 'documentNotFoundError', id: 'missing' } }] })
    expect(error.message).toContain('Cannot modify document "missing" because it does not exist')
  })

  it('a revision conflict: 409, nothing changed', async () => {
    const res = await postJson('/data/mutate/production', JSON.stringify({ mutations: [{ patch: { id: 'existing', ifRevisionID: 'old', set: { v: 2 } } }] }))
    expect(res.status).toBe(409)
    expect(res.body).toMatchObject({ error: { type: 'mutationError', description: expect.stringContaining('unexpected revision') } })
    expect((await t.client.getDocument('existing'))!.v).toBe(1)
  })

  it('a malformed patch: 400', async () => {
    const res = await postJson('/data/mutate/production', JSON.stringify({ mutations: [{ patch: { id: 'existing', insert: { items: [1] } } }] }))
    expect(res.status).toBe(400)
    const unknownOp = await postJson('/data/mutate/production', JSON.stringify({ mutations: [{ patch: { id: 'existing', explode: {} } }] }))
    expect(unknownOp.status).toBe(400)
  })

  it('bodies over 10 MB: 413, with or without a Content-Length', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x20)
    const send = (chunked: boolean) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.request(api('/data/mutate/production'), {
          method: 'POST',
          headers: chunked ? { 'Content-Type': 'application/json' } : { 'Content-Type': 'application/json', 'Content-Length': big.length },
        })
        req.on('response', (res) => {
          let body = ''
          res.on('data', (c) => (body += c))
          res.on('end', () => resolve({ status: res.statusCode!, body }))
        })
        req.on('error', reject)
        req.end(big)
      })
    for (const chunked of [false, true]) {
      const res = await send(chunked)
      expect(res.status).toBe(413)
      expect(JSON.parse(res.body)).toMatchObject({ error: 'Payload Too Large', statusCode: 413 })
    }
  })

  it('unknown routes and API versions: 404; wrong methods: 405', async () => {
    const unknown = await raw(`${t.lake.url}/nothing/here`)
    expect(unknown.status).toBe(404)
    expect(unknown.body).toEqual(notFound)
    expect((await raw(api('/data/teleport/production'))).status).toBe(404)
    expect((await raw(`${t.lake.url}/v2/data/query/production?query=*`)).status).toBe(404)
    const wrongMethod = await raw(api('/data/mutate/production'))
    expect(wrongMethod.status).toBe(405)
    expect(wrongMethod.body).toMatchObject({ error: 'Method Not Allowed', statusCode: 405 })
  })

  it('a malformed HTTP request: 400 and the connection closes', async () => {
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(t.lake.port, '127.0.0.1', () => socket.write('THIS IS NOT HTTP\r\n\r\n'))
      let text = ''
      socket.on('data', (c) => (text += c))
      socket.on('end', () => resolve(text))
      socket.on('error', reject)
    })
    expect(reply).toMatch(/^HTTP\/1\.1 400/)
  })
})
