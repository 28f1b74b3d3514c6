import http from 'node:http'
import type { MutationEvent } from '@sanity/client'
import { startTestLake, type TestLake } from './helpers'

let t: TestLake

beforeAll(async () => {
  t = await startTestLake({ keepAliveMs: 100 })
})

const subscriptions: Array<{ unsubscribe(): void }> = []

afterEach(() => {
  for (const s of subscriptions.splice(0)) s.unsubscribe()
})

afterAll(() => t.stop())

type Received = { events: MutationEvent[]; stop(): void; waitFor(count: number): Promise<MutationEvent[]> }

/** Subscribes with the real client and resolves once the welcome event arrived. */
async function listen(query: string, params: Record<string, unknown> = {}, options: Record<string, unknown> = {}): Promise<Received> {
  const events: MutationEvent[] = []
  let notify = () => {}
  let welcomed!: () => void
  const ready = new Promise<void>((resolve) => (welcomed = resolve))
  const subscription = t.client.listen(query, params, { events: ['welcome', 'mutation'], ...options }).subscribe({
    next: (event) => {
      if (event.type === 'welcome') welcomed()
      if (event.type === 'mutation') {
        events.push(event as MutationEvent)
        notify()
      }
    },
  })
  subscriptions.push(subscription)
  await ready
  return {
    events,
    stop: () => subscription.unsubscribe(),
    waitFor: (count) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`got ${events.length} of ${count} events`)), 5000)
        notify = () => {
          if (events.length >= count) {
            clearTimeout(timer)
            resolve(events)
          }
        }
        notify()
      }),
  }
}

describe('listen', () => {
  it('reports appear, update and disappear with a previousRev → resultRev chain', async () => {
    const l = await listen('*[_type == "watched" && hidden != true]', {}, { includeResult: true })
    await t.client.create({ _id: 'w1', _type: 'watched', n: 1 })
    await t.client.patch('w1').set({ n: 2 }).commit()
    await t.client.patch('w1').set({ hidden: true }).commit()
    await t.client.patch('w1').set({ hidden: false }).commit()
    await t.client.delete('w1')
    await t.client.create({ _id: 'other', _type: 'unwatched' })
    const events = await l.waitFor(5)
    l.stop()
    expect(events.map((e) => e.transition)).toEqual(['appear', 'update', 'disappear', 'appear', 'disappear'])
    expect(events.every((e) => e.documentId === 'w1')).toBe(true)
    expect(events[0]!.previousRev).toBeUndefined()
    for (let i = 1; i < events.length; i++) expect(events[i]!.previousRev).toBe(events[i - 1]!.resultRev)
    expect(events[0]!.result).toMatchObject({ _id: 'w1', n: 1 })
    expect(events[1]!.result).toMatchObject({ n: 2 })
    expect(events[4]!.result).toBeUndefined()
    expect(events[1]!.mutations).toEqual([{ patch: { id: 'w1', set: { n: 2 } } }])
    expect(events[1]).toMatchObject({ eventId: `${events[1]!.transactionId}#w1`, visibility: 'query', identity: expect.any(String) })
  })

  it('uses the client transactionId as resultRev and numbers multi-document transactions', async () => {
    const l = await listen('*[_type == "pair"]')
    await t.client.mutate(
      [{ create: { _id: 'drafts.p1', _type: 'pair' } }, { create: { _id: 'p1', _type: 'pair' } }, { create: { _id: 'x', _type: 'nope' } }],
      { transactionId: 'tx-pair' },
    )
    const events = await l.waitFor(2)
    l.stop()
    expect(events.map((e) => [e.documentId, e.resultRev, e.transactionTotalEvents, e.transactionCurrentEvent])).toEqual([
      ['drafts.p1', 'tx-pair', 2, 1],
      ['p1', 'tx-pair', 2, 2],
    ])
  })

  it('includes the previous revision and mendoza whole-value effects when asked', async () => {
    await t.client.createOrReplace({ _id: 'e1', _type: 'effects', v: 1 })
    const l = await listen('*[_id == $id]', { id: 'e1' }, { includePreviousRevision: true, effectFormat: 'mendoza' })
    await t.client.patch('e1').set({ v: 2 }).commit()
    await t.client.delete('e1')
    const [update, removal] = await l.waitFor(2)
    l.stop()
    expect(update!.previous).toMatchObject({ v: 1 })
    expect(update!.effects).toEqual({ apply: [0, update!.result], revert: [0, update!.previous] })
    expect(removal!.effects).toMatchObject({ apply: [0, null], revert: [0, { v: 2 }] })
  })

  it('omits the result when includeResult=false', async () => {
    const l = await listen('*[_id == "r1"]', {}, { includeResult: false })
    await t.client.create({ _id: 'r1', _type: 'x' })
    const [event] = await l.waitFor(1)
    l.stop()
    expect(event).not.toHaveProperty('result')
  })

  it('sends welcome, keep-alive comments, and channelError for a bad filter', async () => {
    const read = (path: string, until: (text: string) => boolean) =>
      new Promise<{ status: number; type: string; text: string }>((resolve, reject) => {
        const req = http.get(`${t.lake.url}${path}`, (res) => {
          let text = ''
          const done = () => {
            req.destroy()
            resolve({ status: res.statusCode!, type: String(res.headers['content-type']), text })
          }
          res.on('data', (chunk) => {
            text += chunk
            if (until(text)) done()
          })
          res.on('end', done)
        })
        req.on('error', reject)
      })
    const ok = await read(`/v2025-02-19/data/listen/production?query=${encodeURIComponent('*')}`, (text) => text.includes(': keep-alive'))
    expect(ok.status).toBe(200)
    expect(ok.type).toContain('text/event-stream')
    expect(ok.text).toMatch(/^event: welcome\ndata: \{"listenerName":"[^"]+"\}\n\n/)
    const bad = await read(`/v2025-02-19/data/listen/production?query=${encodeURIComponent('*[')}`, () => false)
    expect(bad.text).toContain('event: channelError')
  })

  it('surfaces a bad filter as a ChannelError in the client', async () => {
    const error = await new Promise<Error>((resolve) => {
      subscriptions.push(t.client.listen('*[_type ==').subscribe({ error: resolve }))
    })
    expect(error.name).toBe('ChannelError')
  })

  it('ends open streams when the lake closes', async () => {
    const own = await startTestLake()
    const ended = new Promise<string>((resolve) => {
      http.get(`${own.lake.url}/v2025-02-19/data/listen/production?query=*`, (res) => {
        let text = ''
        res.on('data', (c) => (text += c))
        res.on('end', () => resolve(text))
        res.once('data', () => void own.stop())
      })
    })
    expect(await ended).toContain('event: welcome')
  })
})
