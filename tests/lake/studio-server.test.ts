import fs from 'node:fs'
import http2 from 'node:http2'
import os from 'node:os'
import path from 'node:path'
import tls from 'node:tls'
import { ensureLocalCertificates } from '@/sanity/tls/certificates'
import { startLake, type RunningLake } from '@/sanity/lake/server'
import { FULL_ACCESS_ACL, LOCAL_USER } from '@/sanity/lake/management'
import { proxyToLake, startStudioServer, type RunningStudioServer } from '@/sanity/lake/studio-server'

let tmp: string
let lake: RunningLake
let studio: RunningStudioServer
let ca: Buffer
let session: http2.ClientHttp2Session

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-server-test-'))
  const studioDir = path.join(tmp, 'studio')
  fs.mkdirSync(path.join(studioDir, 'static'), { recursive: true })
  fs.writeFileSync(path.join(studioDir, 'index.html'), '<!doctype html><html><head><title>Studio</title></head><body></body></html>')
  fs.writeFileSync(path.join(studioDir, 'static', 'app-abc123.js'), 'console.log(1)')
  fs.writeFileSync(path.join(tmp, 'secret.txt'), 'do not serve')
  lake = await startLake({ port: 0, dataDir: path.join(tmp, 'lake'), seed: false, quiet: true })
  const certDir = path.join(tmp, 'certs')
  studio = await startStudioServer({ port: 0, certDir, studioDir, datasets: () => ['production'], lake: proxyToLake(lake.url), previewOrigin: 'http://localhost:4999' })
  ca = ensureLocalCertificates(certDir).ca
  session = http2.connect(`https://127.0.0.1:${studio.port}`, { ca, servername: 'localhost' })
  await new Promise<void>((resolve, reject) => {
    session.once('connect', () => resolve())
    session.once('error', reject)
  })
}, 60_000)

afterAll(async () => {
  session?.close()
  await studio?.close()
  await lake?.close()
  fs.rmSync(tmp, { recursive: true, force: true })
})

type Answer = { status: number; headers: http2.IncomingHttpHeaders; text: string; json: () => unknown }

function request(pathname: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const stream = session.request({ ':path': pathname, ':method': init.method ?? 'GET', ...(init.headers ?? {}) })
    let headers: http2.IncomingHttpHeaders = {}
    let text = ''
    stream.setEncoding('utf8')
    stream.on('response', (h) => (headers = h))
    stream.on('data', (chunk: string) => (text += chunk))
    stream.on('end', () => resolve({ status: Number(headers[':status']), headers, text, json: () => JSON.parse(text) }))
    stream.on('error', reject)
    stream.end(init.body)
  })
}

describe('the Studio server (HTTPS, HTTP/2)', () => {
  it('speaks HTTP/2 over TLS with the local certificate for localhost and the project host', async () => {
    expect(session.alpnProtocol).toBe('h2')
    const projectHost = http2.connect(studio.apiUrl.replace('local.localhost', '127.0.0.1'), { ca, servername: 'local.localhost' })
    await new Promise<void>((resolve, reject) => {
      projectHost.on('connect', () => resolve())
      projectHost.on('error', reject)
    })
    projectHost.close()
    expect(studio.apiUrl).toMatch(/^https:\/\/local\.localhost:\d+$/)
  })

  it('answers the management endpoints for one local editor', async () => {
    expect((await request('/v2021-06-07/users/me')).json()).toEqual(LOCAL_USER)
    expect((await request(`/v2021-06-07/users/${LOCAL_USER.id}`)).json()).toEqual(LOCAL_USER)
    expect((await request(`/v2021-06-07/users/${LOCAL_USER.id},someone-else`)).json()).toEqual([LOCAL_USER])
    const project = (await request('/v2021-06-07/projects/local')).json() as { id: string; members: { id: string; isCurrentUser: boolean }[] }
    expect(project.id).toBe('local')
    expect(project.members).toEqual([expect.objectContaining({ id: LOCAL_USER.id, isCurrentUser: true })])
    expect((await request('/v2021-06-07/projects/local/datasets')).json()).toEqual([expect.objectContaining({ name: 'production' })])
    expect((await request('/v2021-06-07/projects/local/datasets?datasetProfile=comments&addonFor=production')).json()).toEqual([])
    expect((await request('/v2021-06-07/projects/local/datasets/production/acl')).json()).toEqual(FULL_ACCESS_ACL)
    expect((await request('/v2021-06-07/features')).json()).toEqual([])
    expect((await request('/v2021-06-07/journey/tasks')).status).toBe(200)
    expect((await request('/vX/data/history/production/documents/a1?revision=x')).json()).toEqual({ documents: [] })
    const transactions = await request('/vX/data/history/production/transactions/a1?excludeContent=true')
    expect([transactions.status, transactions.text]).toEqual([200, ''])
  })

  it('keeps the editor\'s key-value settings', async () => {
    const put = await request('/v2021-06-07/users/me/keyvalue', {
      method: 'PUT',
      body: JSON.stringify([{ key: 'studio.structure-tool.layout', value: { a: 1 } }]),
      headers: { 'content-type': 'application/json' },
    })
    expect(put.status).toBe(200)
    expect((await request('/v2021-06-07/users/me/keyvalue/studio.structure-tool.layout,unknown')).json()).toEqual([
      { key: 'studio.structure-tool.layout', value: { a: 1 } },
      { key: 'unknown', value: null },
    ])
    expect((await request('/v2021-06-07/users/me/keyvalue', { method: 'PUT', body: '{"nokey":1}' })).status).toBe(400)
  })

  it('passes the data API through to the lake, with CORS for the Studio origin', async () => {
    const mutate = await request('/v2025-02-19/data/mutate/production?returnIds=true', {
      method: 'POST',
      body: JSON.stringify({ mutations: [{ create: { _id: 'a1', _type: 'article', title: 'Hello' } }] }),
      headers: { 'content-type': 'application/json', origin: studio.url },
    })
    expect(mutate.status).toBe(200)
    expect(mutate.headers['access-control-allow-origin']).toBe(studio.url)
    expect(mutate.headers['access-control-allow-credentials']).toBe('true')
    const query = await request(`/v2025-02-19/data/query/production?query=${encodeURIComponent('*[_id == "a1"][0].title')}`)
    expect(query.json()).toMatchObject({ result: 'Hello' })
    const preflight = await request('/v2025-02-19/data/mutate/production', {
      method: 'OPTIONS',
      headers: { origin: 'https://local.localhost:3334', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers['access-control-allow-origin']).toBe('https://local.localhost:3334')
    const foreign = await request('/v2021-06-07/users/me', { headers: { origin: 'https://evil.example' } })
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined()
  })

  it('serves the built Studio with index.html for its routes and nothing outside its folder', async () => {
    const index = await request('/structure/article;a1')
    expect(index.status).toBe(200)
    expect(index.headers['content-type']).toMatch(/text\/html/)
    expect(index.text).toContain('<title>Studio</title>')
    // The site the Studio's preview links open, told to the page at serve time.
    expect(index.text).toContain('window.__MERIDIAN_PREVIEW_ORIGIN__="http://localhost:4999"')
    const asset = await request('/static/app-abc123.js')
    expect(asset.text).toBe('console.log(1)')
    expect(asset.headers['cache-control']).toContain('immutable')
    const escape = await request('/..%2Fsecret.txt')
    expect(escape.text).not.toContain('do not serve')
    expect((await request('/anything', { method: 'POST', body: '{}' })).status).toBe(405)
  })

  it('accepts the presence socket and answers JSON-RPC requests', async () => {
    const socket = tls.connect({ host: '127.0.0.1', port: studio.port, ca, servername: 'localhost', ALPNProtocols: ['http/1.1'] })
    await new Promise<void>((resolve, reject) => {
      socket.once('secureConnect', () => resolve())
      socket.once('error', reject)
    })
    const received: Buffer[] = []
    socket.on('data', (chunk: Buffer) => received.push(chunk))
    socket.write(
      'GET /v2022-06-30/socket/production HTTP/1.1\r\nHost: local.localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
    )
    const message = Buffer.from(JSON.stringify({ jsonrpc: '2.0', method: 'presence_subscribe', params: {}, id: 'r1' }))
    const mask = Buffer.from([1, 2, 3, 4])
    const masked = Buffer.from(message.map((byte, i) => byte ^ mask[i % 4]!))
    socket.write(Buffer.concat([Buffer.from([0x81, 0x80 | message.length]), mask, masked]))
    const deadline = Date.now() + 5000
    while (!Buffer.concat(received).toString('latin1').includes('"id":"r1"') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
    const text = Buffer.concat(received).toString('latin1')
    expect(text).toContain('101 Switching Protocols')
    expect(text).toContain('Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=')
    expect(text).toMatch(/"id":"r1","result":"local-/)
    socket.destroy()
  })
})
