import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { Lake } from '@/sanity/lake/lake'
import { runActions, runMutations } from '@/sanity/lake/transactions'
import { startWebhookSender, type WebhookDelivery } from '@/sanity/lake/webhooks'
import { revalidationWebhooks, REVALIDATE_FILTER, REVALIDATE_PROJECTION } from '@/sanity/webhooks'
import { revalidationPayloadSchema, tagsForRevalidation } from '@/lib/content/revalidation'

type Received = { headers: http.IncomingHttpHeaders; body: string }

const SECRET = 'webhook-test-secret'
let dataDir: string
let lake: Lake
let server: http.Server
let url: string
let received: Received[]
let answer: () => number

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'webhook-test-'))
  lake = new Lake(dataDir)
  lake.ensureDataset('production')
  received = []
  answer = () => 200
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
      res.writeHead(answer())
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/revalidate`
})

afterEach(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
  lake.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

let tx = 0
function mutate(mutations: unknown[]) {
  const id = `tx${++tx}`
  const timestamp = new Date().toISOString()
  const { touched } = runMutations(lake.readState('production'), mutations, id, timestamp)
  lake.commit('production', id, timestamp, touched)
}
function act(actions: unknown[]) {
  const id = `tx${++tx}`
  const timestamp = new Date().toISOString()
  lake.commit('production', id, timestamp, runActions(lake.readState('production'), actions, id, timestamp))
}

const seed = [
  { create: { _id: 'author-jane', _type: 'author', name: 'Jane', slug: { current: 'jane' } } },
  { create: { _id: 'topic-trade', _type: 'topic', title: 'Trade', slug: { current: 'trade' } } },
  {
    create: {
      _id: 'a1', _type: 'article', title: 'One', slug: { current: 'one' },
      authors: [{ _key: 'k1', _type: 'reference', _ref: 'author-jane' }],
      topics: [{ _key: 'k2', _type: 'reference', _ref: 'topic-trade' }],
    },
  },
  { create: { _id: 'a2', _type: 'article', title: 'Two', slug: { current: 'two' }, related: [{ _key: 'r', _type: 'reference', _ref: 'a1' }] } },
]

function hooks() {
  return revalidationWebhooks({ LAKE_WEBHOOK_URL: url, SANITY_REVALIDATE_SECRET: SECRET, dataset: 'production' })
}

describe('lake webhook sender', () => {
  it('sends a signed body per published change, with before/after and the articles that reference the document', async () => {
    mutate(seed)
    const sender = startWebhookSender(lake, hooks(), { backoffMs: 10 })
    try {
      act([{ actionType: 'sanity.action.document.edit', draftId: 'drafts.a1', publishedId: 'a1', patch: { set: { 'slug.current': 'one-renamed' } } }])
      await sender.idle()
      // Editing makes a draft: nothing for readers, so no webhook.
      expect(received).toHaveLength(0)
      act([{ actionType: 'sanity.action.document.publish', draftId: 'drafts.a1', publishedId: 'a1' }])
      await sender.idle()
      expect(received).toHaveLength(1)
      const [{ headers, body }] = received as [Received]
      expect(headers['content-type']).toBe('application/json')
      expect(headers['sanity-document-id']).toBe('a1')
      expect(await isValidSignature(body, String(headers[SIGNATURE_HEADER_NAME]), SECRET)).toBe(true)
      expect(await isValidSignature(body, String(headers[SIGNATURE_HEADER_NAME]), 'other')).toBe(false)
      const payload = revalidationPayloadSchema.parse(JSON.parse(body))
      expect(payload.before).toMatchObject({ slug: 'one', authors: ['jane'], topics: ['trade'] })
      expect(payload.after).toMatchObject({ slug: 'one-renamed' })
      expect(payload.referencingArticles).toEqual(['two'])
      expect(tagsForRevalidation(payload).sort()).toEqual(
        ['article:one', 'article:one-renamed', 'article:two', 'articles', 'author:jane', 'topic:trade'].sort(),
      )
    } finally {
      sender.close()
    }
  })

  it('reports creates, updates and deletes, skips drafts and documents outside the filter', async () => {
    const sender = startWebhookSender(lake, hooks(), { backoffMs: 10 })
    try {
      mutate(seed)
      await sender.idle()
      expect(received.map((r) => r.headers['sanity-document-id']).sort()).toEqual(['a1', 'a2', 'author-jane', 'topic-trade'])
      received = []
      mutate([
        { create: { _id: 'drafts.a3', _type: 'article', title: 'Draft' } },
        { create: { _id: 'image-1', _type: 'sanity.imageAsset' } },
        { patch: { id: 'author-jane', set: { name: 'Jane D.' } } },
      ])
      await sender.idle()
      expect(received.map((r) => r.headers['sanity-document-id'])).toEqual(['author-jane'])
      const author = JSON.parse(received[0]!.body) as { referencingArticles: string[] }
      expect(author.referencingArticles).toEqual(['one'])
      received = []
      mutate([{ delete: { id: 'a2' } }])
      await sender.idle()
      const deleted = JSON.parse(received[0]!.body) as { _id: string; before: unknown; after: unknown }
      expect(deleted).toMatchObject({ _id: 'a2', before: { slug: 'two' }, after: null })
    } finally {
      sender.close()
    }
  })

  it('retries with backoff on 5xx and network errors, gives up after the last attempt, and never fails the commit', async () => {
    const attempts: WebhookDelivery[] = []
    let calls = 0
    answer = () => (++calls < 3 ? 503 : 200)
    const sender = startWebhookSender(lake, hooks(), { backoffMs: 5, attempts: 4, onAttempt: (a) => attempts.push(a), log: () => {} })
    try {
      mutate([seed[0]])
      await sender.idle()
      expect(attempts.map((a) => a.status)).toEqual([503, 503, 200])
      // Each retry is signed afresh and still verifies.
      for (const r of received) expect(await isValidSignature(r.body, String(r.headers[SIGNATURE_HEADER_NAME]), SECRET)).toBe(true)
      attempts.length = 0
      answer = () => 400
      mutate([{ patch: { id: 'author-jane', set: { name: 'X' } } }])
      await sender.idle()
      // A 4xx is the receiver's verdict: no retry.
      expect(attempts.map((a) => a.status)).toEqual([400])
    } finally {
      sender.close()
    }
    attempts.length = 0
    const unreachable = startWebhookSender(
      lake,
      revalidationWebhooks({ LAKE_WEBHOOK_URL: 'http://127.0.0.1:1/api/revalidate', dataset: 'production' }),
      { backoffMs: 5, attempts: 3, onAttempt: (a) => attempts.push(a), log: () => {} },
    )
    try {
      expect(() => mutate([{ patch: { id: 'author-jane', set: { name: 'Y' } } }])).not.toThrow()
      expect(lake.dataset('production').documents.get('author-jane')?.name).toBe('Y')
      await unreachable.idle()
      expect(attempts.map((a) => a.status)).toEqual(['error', 'error', 'error'])
    } finally {
      unreachable.close()
    }
  })

  it('configures nothing without a URL and refuses a malformed URL or filter', () => {
    expect(revalidationWebhooks({ dataset: 'production' })).toEqual([])
    expect(revalidationWebhooks({ LAKE_WEBHOOK_URL: 'off', dataset: 'production' })).toEqual([])
    expect(() => revalidationWebhooks({ LAKE_WEBHOOK_URL: 'ftp://x', dataset: 'production' })).toThrow(/LAKE_WEBHOOK_URL/)
    expect(() =>
      startWebhookSender(lake, [{ name: 'bad', url, dataset: 'production', on: ['create'], filter: '_type ==', projection: REVALIDATE_PROJECTION }]),
    ).toThrow(/invalid GROQ/)
    expect(REVALIDATE_FILTER).toContain('"article"')
  })
})
