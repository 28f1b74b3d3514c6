import fs from 'node:fs'
import http from 'node:http'
import http2 from 'node:http2'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { applyPatch } from 'mendoza'
import { ensureLocalCertificates } from '@/sanity/tls/certificates'
import { startLake, type RunningLake } from '@/sanity/lake/server'
import { revalidationWebhooks } from '@/sanity/webhooks'

/**
 * What the Studio needs from the lake, checked over the Studio's own transport (HTTP/2 + TLS on the lake's Studio
 * server): actions, the Studio's transaction id becoming `_rev`, listener events with a consistent revision chain,
 * mendoza effects, multi-document numbering, and the revalidation webhook after a publish.
 */
const SECRET = 'studio-protocol-secret'
let tmp: string
let lake: RunningLake
let session: http2.ClientHttp2Session
let hookServer: http.Server
const hooks: { headers: http.IncomingHttpHeaders; body: string }[] = []

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-protocol-'))
  hookServer = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString('utf8')))
    req.on('end', () => {
      hooks.push({ headers: req.headers, body })
      res.end('{}')
    })
  })
  await new Promise<void>((resolve) => hookServer.listen(0, '127.0.0.1', resolve))
  const hookUrl = `http://127.0.0.1:${(hookServer.address() as AddressInfo).port}/api/revalidate`
  const certDir = path.join(tmp, 'certs')
  lake = await startLake({
    port: 0,
    dataDir: path.join(tmp, 'lake'),
    seed: false,
    quiet: true,
    studio: { port: 0, certDir },
    webhooks: revalidationWebhooks({ LAKE_WEBHOOK_URL: hookUrl, SANITY_REVALIDATE_SECRET: SECRET, dataset: 'production' }),
  })
  session = http2.connect(`https://127.0.0.1:${lake.studio!.port}`, { ca: ensureLocalCertificates(certDir).ca, servername: 'local.localhost' })
  await new Promise<void>((resolve, reject) => {
    session.once('connect', () => resolve())
    session.once('error', reject)
  })
}, 60_000)

afterAll(async () => {
  session?.close()
  await lake?.close()
  await new Promise<void>((resolve) => hookServer.close(() => resolve()))
  fs.rmSync(tmp, { recursive: true, force: true })
})

function post(pathname: string, body: unknown): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const stream = session.request({ ':path': pathname, ':method': 'POST', 'content-type': 'application/json' })
    let status = 0
    let text = ''
    stream.setEncoding('utf8')
    stream.on('response', (h) => (status = Number(h[':status'])))
    stream.on('data', (c: string) => (text += c))
    stream.on('end', () => resolve({ status, json: JSON.parse(text) }))
    stream.on('error', reject)
    stream.end(JSON.stringify(body))
  })
}

type MutationEvent = {
  documentId: string
  transactionId: string
  previousRev?: string
  resultRev?: string
  transition: string
  effects?: { apply: unknown[]; revert: unknown[] }
  transactionTotalEvents: number
  transactionCurrentEvent: number
}

/** Opens a listener as the Studio does (mendoza effects, all versions) and collects its mutation events. */
function listen(query: string): { events: MutationEvent[]; ready: Promise<void>; close(): void } {
  const params = new URLSearchParams({ query, includeResult: 'false', effectFormat: 'mendoza', includeAllVersions: 'true', visibility: 'query', tag: 'sanity.studio' })
  const stream = session.request({ ':path': `/v2025-02-19/data/listen/production?${params}`, accept: 'text/event-stream' })
  const events: MutationEvent[] = []
  let buffer = ''
  let welcomed: () => void = () => {}
  const ready = new Promise<void>((resolve) => (welcomed = resolve))
  stream.setEncoding('utf8')
  stream.on('data', (chunk: string) => {
    buffer += chunk
    let end
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      const event = /^event: (.*)$/m.exec(block)?.[1]
      const data = /^data: (.*)$/m.exec(block)?.[1]
      if (event === 'welcome') welcomed()
      if (event === 'mutation' && data) events.push(JSON.parse(data) as MutationEvent)
    }
  })
  return { events, ready, close: () => stream.close() }
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

describe('the Studio protocol on the lake', () => {
  it('runs a day of edits: create, edit, publish, unpublish, discard, delete, with a consistent revision chain and mendoza effects', async () => {
    const listener = listen('*[_id in ["a1", "drafts.a1"]]')
    await listener.ready
    const run = async (transactionId: string, actions: unknown[]) => {
      const res = await post('/v2025-02-19/data/actions/production', { actions, transactionId })
      expect(res).toEqual({ status: 200, json: { transactionId } })
    }
    await run('tx-create', [{ actionType: 'sanity.action.document.create', publishedId: 'a1', attributes: { _id: 'drafts.a1', _type: 'article', title: 'First' } }])
    await run('tx-edit', [{ actionType: 'sanity.action.document.edit', draftId: 'drafts.a1', publishedId: 'a1', patch: { set: { title: 'Second' } } }])
    await run('tx-publish', [{ actionType: 'sanity.action.document.publish', draftId: 'drafts.a1', publishedId: 'a1', ifDraftRevisionId: 'tx-edit' }])
    await until(() => listener.events.length >= 4, 'the publish events')

    const [create, edit, ...publish] = listener.events
    expect(create).toMatchObject({ documentId: 'drafts.a1', transactionId: 'tx-create', resultRev: 'tx-create', transition: 'appear' })
    expect(edit).toMatchObject({ documentId: 'drafts.a1', previousRev: 'tx-create', resultRev: 'tx-edit', transition: 'update' })
    // The Studio rebuilds documents from effects: applying them to the previous state gives the new one.
    const afterCreate = applyPatch(null, create!.effects!.apply as never) as { title: string; _rev: string }
    expect(afterCreate).toMatchObject({ _id: 'drafts.a1', title: 'First', _rev: 'tx-create' })
    expect(applyPatch(afterCreate as never, edit!.effects!.apply as never)).toMatchObject({ title: 'Second', _rev: 'tx-edit' })
    expect(applyPatch(applyPatch(afterCreate as never, edit!.effects!.apply as never), edit!.effects!.revert as never)).toEqual(afterCreate)
    // Publishing touches two documents in one transaction, numbered 1 of 2 and 2 of 2.
    expect(publish.map((e) => [e.documentId, e.transition, e.transactionCurrentEvent, e.transactionTotalEvents]).sort()).toEqual([
      ['a1', 'appear', expect.any(Number), 2],
      ['drafts.a1', 'disappear', expect.any(Number), 2],
    ])
    expect(publish.map((e) => e.transactionCurrentEvent).sort()).toEqual([1, 2])
    expect(publish.find((e) => e.documentId === 'a1')).toMatchObject({ resultRev: 'tx-publish', transactionId: 'tx-publish' })

    await run('tx-unpublish', [{ actionType: 'sanity.action.document.unpublish', draftId: 'drafts.a1', publishedId: 'a1' }])
    await run('tx-discard', [{ actionType: 'sanity.action.document.discard', draftId: 'drafts.a1' }])
    await until(() => listener.events.length >= 7, 'unpublish and discard')
    expect(listener.events.slice(4).map((e) => [e.documentId, e.transition, e.transactionId])).toEqual(
      expect.arrayContaining([
        ['a1', 'disappear', 'tx-unpublish'],
        ['drafts.a1', 'appear', 'tx-unpublish'],
        ['drafts.a1', 'disappear', 'tx-discard'],
      ]),
    )
    listener.close()
  })

  it('refuses a publish against a stale draft revision with 409, as the Studio expects', async () => {
    await post('/v2025-02-19/data/actions/production', {
      actions: [{ actionType: 'sanity.action.document.create', publishedId: 'a2', attributes: { _id: 'drafts.a2', _type: 'article', title: 'x' } }],
      transactionId: 'tx-a2',
    })
    const stale = await post('/v2025-02-19/data/actions/production', {
      actions: [{ actionType: 'sanity.action.document.publish', draftId: 'drafts.a2', publishedId: 'a2', ifDraftRevisionId: 'not-the-rev' }],
    })
    expect(stale.status).toBe(409)
  })

  it('sends the signed revalidation webhook for published changes only', async () => {
    hooks.length = 0
    await post('/v2025-02-19/data/actions/production', {
      actions: [{ actionType: 'sanity.action.document.create', publishedId: 'a3', attributes: { _id: 'drafts.a3', _type: 'article', title: 'x', slug: { current: 'three' } } }],
    })
    await post('/v2025-02-19/data/actions/production', { actions: [{ actionType: 'sanity.action.document.publish', draftId: 'drafts.a3', publishedId: 'a3' }] })
    await until(() => hooks.length >= 1, 'the webhook')
    await new Promise((r) => setTimeout(r, 100))
    expect(hooks.map((h) => h.headers['sanity-document-id'])).toEqual(['a3'])
    const [hook] = hooks
    expect(await isValidSignature(hook!.body, String(hook!.headers[SIGNATURE_HEADER_NAME]), SECRET)).toBe(true)
    expect(JSON.parse(hook!.body)).toMatchObject({ _id: 'a3', before: null, after: { slug: 'three' } })
  })
})
