import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createDatabase, type AppDatabase } from '@/lib/db/database'
import { parseConsentCookie, serializeConsentCookie } from '@/lib/consent/cookie'
import { handleConsentPost, MAX_CONSENT_BODY_BYTES, type ConsentHandlerDeps } from '@/lib/consent/http'
import { createConsentRecordStore, type ConsentRecordStore } from '@/lib/consent/records'
import { consentTextHash } from '@/lib/consent/text-hash'
import { CONSENT_ID, NOW, NOW_S, seedConsentSettings, withMarketing } from './fixtures'

const settings = seedConsentSettings()
const ORIGIN = 'https://news.example'
let dir: string
let db: AppDatabase
let store: ConsentRecordStore
let deps: ConsentHandlerDeps

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'consent-records-'))
  db = await createDatabase({ sqlitePath: path.join(dir, 'app.sqlite') })
  store = createConsentRecordStore(db)
  deps = baseDeps()
})

const baseDeps = (): ConsentHandlerDeps => ({ settings: async () => settings, store: async () => store, siteUrl: ORIGIN, now: () => NOW })

afterAll(async () => {
  await db.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
})

const countRecords = async () => Number((await db.selectFrom('consent_record' as never).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)

function post(body: BodyInit | null, headers: Record<string, string> = {}, method = 'POST') {
  return new Request(`${ORIGIN}/api/consent`, { method, body, headers })
}
const jsonPost = (payload: unknown, headers: Record<string, string> = {}) =>
  post(JSON.stringify(payload), { 'content-type': 'application/json', ...headers })
const formPost = (fields: [string, string][], headers: Record<string, string> = {}) =>
  post(new URLSearchParams(fields).toString(), { 'content-type': 'application/x-www-form-urlencoded', ...headers })

function setCookies(response: Response): string[] {
  return response.headers.getSetCookie()
}
function consentCookieFrom(response: Response) {
  const header = setCookies(response).find((c) => c.startsWith('mr_consent='))
  return header ? parseConsentCookie(header.slice('mr_consent='.length).split(';')[0]) : null
}

describe('POST /api/consent (JSON from the island)', () => {
  it('stores one record per choice and sets the cookie', async () => {
    const before = await countRecords()
    const consentId = '9d2b8f43-1c1e-4b8e-a4a8-1f8c1c8d9e0a'
    const response = await handleConsentPost(jsonPost({ consentId, policyVersion: 1, action: 'accept_all', source: 'banner' }), deps)
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body).toMatchObject({ ok: true, consentId, action: 'accept_all', categories: ['necessary', 'analytics', 'embeds'] })
    const cookieHeader = setCookies(response).find((c) => c.startsWith('mr_consent='))!
    expect(cookieHeader).toMatch(/; Path=\/; Max-Age=15552000; SameSite=Lax; Secure$/)
    expect(consentCookieFrom(response)).toMatchObject({ consentId, policyVersion: 1, categories: ['necessary', 'analytics', 'embeds'], expiresAt: NOW_S + 180 * 86_400 })
    expect(await countRecords()).toBe(before + 1)
    const [record] = await store.listByConsentId(consentId)
    expect(record).toEqual({
      id: expect.any(String),
      consentId,
      recordedAt: NOW.toISOString(),
      policyVersion: 1,
      textHash: consentTextHash(settings),
      action: 'accept_all',
      acceptedCategories: ['necessary', 'analytics', 'embeds'],
      rejectedCategories: [],
      allowedServices: [],
      source: 'banner',
    })
  })

  it('records a change and a withdrawal under the cookie’s consent id, and deletes blocked service cookies', async () => {
    // Records are listed by time: give each choice its own second.
    let tick = 0
    const deps = { ...baseDeps(), now: () => new Date(NOW.getTime() + ++tick * 1000) }
    const cookie = serializeConsentCookie({ consentId: CONSENT_ID, policyVersion: 1, decidedAt: NOW_S - 60, expiresAt: NOW_S + 86_400, categories: ['necessary', 'analytics', 'embeds'], services: [] })
    const custom = await handleConsentPost(
      jsonPost({ policyVersion: 1, action: 'custom', categories: ['analytics'], services: ['youtube'], source: 'settings' }, { cookie: `mr_consent=${cookie}` }),
      deps,
    )
    expect(custom.status).toBe(200)
    const changed = consentCookieFrom(custom)!
    expect(changed).toMatchObject({ consentId: CONSENT_ID, categories: ['necessary', 'analytics'], services: ['youtube'] })

    const withdraw = await handleConsentPost(
      jsonPost({ policyVersion: 1, action: 'reject_all', source: 'settings' }, { cookie: `mr_consent=${serializeConsentCookie(changed)}; mr_analytics_id=abc123` }),
      deps,
    )
    expect(withdraw.status).toBe(200)
    expect(await withdraw.json()).toMatchObject({ action: 'withdraw', categories: ['necessary'], services: [] })
    expect(setCookies(withdraw)).toContain('mr_analytics_id=; Path=/; Max-Age=0; SameSite=Lax')

    const records = await store.listByConsentId(CONSENT_ID)
    expect(records.map((r) => [r.action, r.acceptedCategories, r.rejectedCategories, r.allowedServices, r.source])).toEqual([
      ['custom', ['necessary', 'analytics'], ['embeds'], ['youtube'], 'settings'],
      ['withdraw', ['necessary'], ['analytics', 'embeds'], [], 'settings'],
    ])
  })

  it('records the island’s withdrawal although its cookie already holds the refusal (it writes before it posts)', async () => {
    const consentId = '3f0c1a52-7d4e-4c1b-9a51-2b6f1e0d7c33'
    const refused = serializeConsentCookie({ consentId, policyVersion: 1, decidedAt: NOW_S, expiresAt: NOW_S + 86_400, categories: ['necessary'], services: [] })
    const response = await handleConsentPost(jsonPost({ consentId, policyVersion: 1, action: 'withdraw', source: 'settings' }, { cookie: `mr_consent=${refused}` }), deps)
    expect(await response.json()).toMatchObject({ action: 'withdraw', categories: ['necessary'] })
    // A first refusal stays a refusal, whatever the cookie says.
    const first = await handleConsentPost(jsonPost({ policyVersion: 1, action: 'reject_all', source: 'banner' }, { cookie: `mr_consent=${refused}` }), deps)
    expect(await first.json()).toMatchObject({ action: 'reject_all' })
    expect((await store.listByConsentId(consentId)).map((r) => r.action)).toEqual(['withdraw', 'reject_all'])
  })

  it('drops marketing categories under Sec-GPC: 1 when the CMS honours GPC', async () => {
    const marketingDeps = { ...deps, settings: async () => withMarketing(settings) }
    const response = await handleConsentPost(jsonPost({ policyVersion: 1, action: 'accept_all', source: 'banner' }, { 'sec-gpc': '1' }), marketingDeps)
    const body = await response.json()
    expect(body.categories).toEqual(['necessary', 'analytics', 'embeds'])
    expect((await store.listByConsentId(body.consentId))[0]!.rejectedCategories).toEqual(['marketing'])
  })

  it('refuses a choice made on texts of another policy version with 409, storing nothing', async () => {
    const before = await countRecords()
    const response = await handleConsentPost(jsonPost({ policyVersion: 7, action: 'accept_all', source: 'banner' }), deps)
    expect(response.status).toBe(409)
    expect(setCookies(response)).toEqual([])
    expect(await countRecords()).toBe(before)
  })
})

describe('POST /api/consent (form from the no-JS banner and settings page)', () => {
  it('records with source no-js and redirects 303 to the same-origin return path', async () => {
    const response = await handleConsentPost(
      formPost([['action', 'reject_all'], ['policyVersion', '1']], { referer: `${ORIGIN}/articles/some-story?x=1` }),
      deps,
    )
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/articles/some-story?x=1')
    const cookie = consentCookieFrom(response)!
    expect(cookie.categories).toEqual(['necessary'])
    const [record] = await store.listByConsentId(cookie.consentId)
    expect(record).toMatchObject({ action: 'reject_all', source: 'no-js' })
  })

  it('takes per-category checkboxes and an explicit return path', async () => {
    const response = await handleConsentPost(
      formPost([
        ['action', 'custom'],
        ['policyVersion', '1'],
        ['categories', 'embeds'],
        ['services', 'meridian-analytics'],
        ['return', '/topics/trade'],
      ]),
      deps,
    )
    expect(response.headers.get('location')).toBe('/topics/trade')
    expect(consentCookieFrom(response)).toMatchObject({ categories: ['necessary', 'embeds'], services: ['meridian-analytics'] })
  })

  it.each([
    ['another site', 'https://evil.example/phish'],
    ['protocol-relative', '//evil.example/phish'],
    ['backslash trick', '/\\evil.example'],
  ])('never redirects off-site (%s)', async (_name, target) => {
    const response = await handleConsentPost(formPost([['action', 'accept_all'], ['policyVersion', '1'], ['return', target]], { referer: target }), deps)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/')
  })

  it('sends "manage" and stale pages to /privacy-settings without recording', async () => {
    const before = await countRecords()
    const manage = await handleConsentPost(formPost([['action', 'manage']], { referer: `${ORIGIN}/articles/a` }), deps)
    expect(manage.status).toBe(303)
    expect(manage.headers.get('location')).toBe('/privacy-settings?return=%2Farticles%2Fa')
    const stale = await handleConsentPost(formPost([['action', 'accept_all'], ['policyVersion', '0']]), deps)
    expect(stale.status).toBe(400)
    const old = await handleConsentPost(formPost([['action', 'accept_all'], ['policyVersion', '3']]), deps)
    expect(old.headers.get('location')).toBe('/privacy-settings?return=%2F')
    expect(await countRecords()).toBe(before)
  })
})

describe('POST /api/consent rejects bad requests without storing anything', () => {
  const valid = { policyVersion: 1, action: 'accept_all', source: 'banner' }
  it.each([
    ['not JSON', () => post('{nope', { 'content-type': 'application/json' }), 400],
    ['a JSON array', () => jsonPost([valid]), 400],
    ['an unknown action', () => jsonPost({ ...valid, action: 'accept_some' }), 400],
    ['an unknown field', () => jsonPost({ ...valid, ip: '1.2.3.4' }), 400],
    ['a bad category key', () => jsonPost({ ...valid, action: 'custom', categories: ['<script>'] }), 400],
    ['a bad consent id', () => jsonPost({ ...valid, consentId: 'abc' }), 400],
    ['source no-js claimed by JSON', () => jsonPost({ ...valid, source: 'no-js' }), 400],
    ['a missing policy version', () => jsonPost({ action: 'accept_all', source: 'banner' }), 400],
    ['a form with an unknown action', () => formPost([['action', 'everything'], ['policyVersion', '1']]), 400],
    ['an unknown category', () => jsonPost({ ...valid, action: 'custom', categories: ['marketing'] }), 400],
    ['an unknown service', () => jsonPost({ ...valid, action: 'custom', services: ['tiktok'] }), 400],
    ['a form with an unknown category', () => formPost([['action', 'custom'], ['policyVersion', '1'], ['categories', 'profiling']]), 400],
    ['a wrong content type', () => post('action=accept_all', { 'content-type': 'text/plain' }), 415],
    ['no content type', () => post('x'), 415],
    ['multipart', () => post('x', { 'content-type': 'multipart/form-data; boundary=x' }), 415],
    ['a body that is too big', () => jsonPost({ ...valid, pad: 'x'.repeat(MAX_CONSENT_BODY_BYTES) }), 413],
    ['a wrong method', () => new Request(`${ORIGIN}/api/consent`, { method: 'PUT', body: '{}' }), 405],
    ['a cross-site origin', () => jsonPost(valid, { origin: 'https://evil.example' }), 403],
    ['a cross-site fetch', () => jsonPost(valid, { 'sec-fetch-site': 'cross-site' }), 403],
  ] as const)('%s → %i', async (_name, request, status) => {
    const before = await countRecords()
    const response = await handleConsentPost(request(), deps)
    expect(response.status).toBe(status)
    expect(setCookies(response)).toEqual([])
    expect(await countRecords()).toBe(before)
  })

  it('answers 405 with Allow: POST', async () => {
    const response = await handleConsentPost(new Request(`${ORIGIN}/api/consent`), deps)
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('POST')
  })

  it('answers 503 when the store fails, setting no cookie', async () => {
    const failing = { ...deps, store: async () => ({ insert: async () => Promise.reject(new Error('disk full')), listByConsentId: async () => [] }) }
    const response = await handleConsentPost(jsonPost(valid), failing)
    expect(response.status).toBe(503)
    expect(setCookies(response)).toEqual([])
  })
})
