import fs from 'node:fs'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { type AssetKind, assetPath, mimeTypeFor, SERVED_NAME, uploadAsset } from './assets'
import type { Perspective } from './engine/query-engine'
import {
  httpError,
  isLocalOrigin,
  isRecord,
  LakeHttpError,
  readBody,
  readJsonBody,
  sendJson,
  sendJsonText,
} from './http'
import { importDocuments, loadImportSource } from './import'
import { DEFAULT_DATASET, Lake, LAKE_IDENTITY } from './lake'
import { ListenHub } from './listen'
import { type LakeHandler, startStudioServer, type RunningStudioServer, type StudioServerOptions } from './studio-server'
import { startWebhookSender } from './webhooks'
import type { WebhookDefinition } from '../webhooks'
import { runActions, runMutations, transactionIdFrom } from './transactions'

export type StartLakeOptions = {
  port?: number
  host?: string
  dataDir: string
  /** NDJSON or `.tar.gz` export imported when the store is empty; `false` starts empty. */
  seed?: string | false
  quiet?: boolean
  /** Datasets that exist besides `production` (e.g. the one SANITY_DATASET names). The seed goes into the first. */
  datasets?: string[]
  /** Interval of the keep-alive comments on listen streams. */
  keepAliveMs?: number
  /** GROQ-powered webhooks sent after each commit, as hosted Sanity does (sanity/webhooks.ts). */
  webhooks?: WebhookDefinition[]
  /** Also serve the Studio and this API over HTTPS/HTTP2 (studio-server.ts). */
  studio?: Omit<StudioServerOptions, 'lake' | 'datasets'>
}

export type RunningLake = {
  url: string
  port: number
  /** The HTTPS Studio server, when `studio` was asked for. */
  studio?: Pick<RunningStudioServer, 'url' | 'apiUrl' | 'port' | 'caPath'>
  close(): Promise<void>
}

const REPO_ROOT = path.resolve(__dirname, '..', '..')
export const DEFAULT_SEED = path.join(REPO_ROOT, 'sanity', 'seed', 'seed.ndjson')
/** From this API version on, queries default to the `published` perspective. */
const PUBLISHED_BY_DEFAULT_FROM = '2025-02-19'

type Route = { apiVersion: string; rest: string[] }

function parsePerspective(value: string | null, apiVersion: string): Perspective {
  if (value === null || value === '') {
    return apiVersion === 'X' || (apiVersion !== '1' && apiVersion >= PUBLISHED_BY_DEFAULT_FROM) ? 'published' : 'raw'
  }
  const names = value.split(',').map((name) => name.trim())
  if (names.length === 1 && (names[0] === 'raw' || names[0] === 'published')) return names[0]
  if (names.every((name) => name === 'drafts' || name === 'previewDrafts' || name === 'published')) {
    return names.includes('drafts') || names.includes('previewDrafts') ? 'drafts' : 'published'
  }
  throw httpError(400, `Unsupported perspective "${value}": the local lake knows raw, published and drafts`)
}

function queryParams(url: URL): Record<string, unknown> {
  const params: Record<string, unknown> = {}
  for (const [key, value] of url.searchParams) {
    if (!key.startsWith('$')) continue
    try {
      params[key.slice(1)] = JSON.parse(value)
    } catch {
      throw httpError(400, `Unable to parse value of "${key}=${value}" as JSON. Please quote string values.`)
    }
  }
  return params
}

/**
 * Sanity refuses a query that uses a parameter the request did not send; groq-js would read it as
 * null. Scans the query outside string literals and comments.
 */
function checkParamsProvided(query: string, params: Record<string, unknown>): void {
  const token = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\/\/[^\n]*|\$([A-Za-z_][A-Za-z0-9_]*)/g
  for (const match of query.matchAll(token)) {
    const name = match[1]
    if (name !== undefined && !(name in params)) {
      const start = match.index
      throw new LakeHttpError(
        400,
        { error: { type: 'queryParseError', description: `param $${name} referenced, but not provided`, query, start, end: start + match[0].length } },
        `param $${name} referenced, but not provided`,
      )
    }
  }
}

function flag(url: URL, name: string, fallback: boolean): boolean {
  const value = url.searchParams.get(name)
  if (value === null || value === '') return fallback
  return value !== 'false' && value !== '0'
}

function queryError(error: unknown): never {
  if (
    error instanceof Error &&
    'type' in error &&
    (error.type === 'queryParseError' || error.type === 'queryExecutionError')
  ) {
    const e = error as Error & { type: string; description?: string; query?: string; start?: number; end?: number }
    const body =
      e.type === 'queryParseError'
        ? { type: e.type, description: e.description ?? e.message, query: e.query, start: e.start ?? 0, end: e.end ?? 0 }
        : { type: e.type, description: e.description ?? e.message, query: e.query }
    throw new LakeHttpError(400, { error: body }, e.description ?? e.message)
  }
  throw error
}

export async function startLake(options: StartLakeOptions): Promise<RunningLake> {
  const log = options.quiet ? () => {} : (message: string) => console.log(`[lake] ${message}`)
  const lake = new Lake(options.dataDir)
  const primaryDataset = options.datasets?.[0] ?? DEFAULT_DATASET
  for (const name of new Set([DEFAULT_DATASET, ...(options.datasets ?? [])])) lake.ensureDataset(name)
  const hub = new ListenHub(lake, options.keepAliveMs ?? 20_000)
  let ready = false
  let closing = false
  let baseUrl = ''

  function projectIdOf(req: IncomingMessage): string {
    const header = req.headers['x-sanity-project-id']
    return typeof header === 'string' && /^[a-z0-9-]{1,64}$/.test(header) ? header : 'local'
  }

  async function handleQuery(req: IncomingMessage, res: ServerResponse, url: URL, route: Route, dataset: string) {
    const state = lake.dataset(dataset)
    let query: unknown
    let params: Record<string, unknown>
    if (req.method === 'POST') {
      const body = await readJsonBody(req)
      if (!isRecord(body)) throw httpError(400, 'Query body must be a JSON object {query, params}')
      query = body.query
      if (body.params !== undefined && !isRecord(body.params)) throw httpError(400, 'params must be a JSON object')
      params = { ...queryParams(url), ...((body.params as Record<string, unknown> | undefined) ?? {}) }
    } else {
      query = url.searchParams.get('query')
      params = queryParams(url)
    }
    if (typeof query !== 'string' || query.trim() === '') throw httpError(400, 'Missing "query"')
    checkParamsProvided(query, params)
    const perspective = parsePerspective(url.searchParams.get('perspective'), route.apiVersion)
    const started = performance.now()
    let resultJson: string
    try {
      // The engine serialises each cached result once; it is spliced into the body as is.
      resultJson = state.engine.queryJson(query, params, perspective, { identity: LAKE_IDENTITY })
    } catch (error) {
      queryError(error)
    }
    const ms = Math.round((performance.now() - started) * 1000) / 1000
    const queryPart = flag(url, 'returnQuery', true) ? `"query":${JSON.stringify(query)},` : ''
    sendJsonText(res, 200, `{${queryPart}"ms":${ms},"result":${resultJson}}`)
  }

  function handleDoc(res: ServerResponse, url: URL, dataset: string, idSegment: string) {
    const state = lake.dataset(dataset)
    const ids = idSegment.split(',').map((id) => decodeURIComponent(id)).filter(Boolean)
    if (ids.length === 0) throw httpError(400, 'No document ids given')
    const excludeContent = flag(url, 'excludeContent', false)
    const documents = []
    const omitted = []
    for (const id of ids) {
      const doc = state.documents.get(id)
      if (doc) documents.push(excludeContent ? { _id: doc._id, _type: doc._type, _rev: doc._rev } : doc)
      else omitted.push({ id, reason: 'existence' })
    }
    sendJson(res, 200, { documents, omitted })
  }

  async function handleMutate(req: IncomingMessage, res: ServerResponse, url: URL, dataset: string) {
    lake.dataset(dataset)
    const body = await readJsonBody(req)
    if (!isRecord(body)) throw httpError(400, 'Mutation body must be a JSON object {mutations}')
    const transactionId = transactionIdFrom(body)
    const timestamp = new Date().toISOString()
    const { touched, results } = runMutations(lake.readState(dataset), body.mutations, transactionId, timestamp, {
      autoGenerateArrayKeys: flag(url, 'autoGenerateArrayKeys', false),
    })
    if (!flag(url, 'dryRun', false)) lake.commit(dataset, transactionId, timestamp, touched)
    const returnDocuments = flag(url, 'returnDocuments', false)
    const byId = new Map(touched.map((t) => [t.id, t]))
    const current = lake.dataset(dataset).documents
    sendJson(res, 200, {
      transactionId,
      results: results.map((r) => {
        const t = byId.get(r.id)
        const document = t ? (t.after ?? t.before) : current.get(r.id)
        return returnDocuments && document ? { ...r, document } : r
      }),
    })
  }

  async function handleActions(req: IncomingMessage, res: ServerResponse, dataset: string) {
    lake.dataset(dataset)
    const body = await readJsonBody(req)
    if (!isRecord(body)) throw httpError(400, 'Actions body must be a JSON object {actions}')
    const transactionId = transactionIdFrom(body)
    const timestamp = new Date().toISOString()
    const touched = runActions(lake.readState(dataset), body.actions, transactionId, timestamp)
    if (body.dryRun !== true) lake.commit(dataset, transactionId, timestamp, touched)
    sendJson(res, 200, { transactionId })
  }

  function handleListen(res: ServerResponse, url: URL, dataset: string) {
    lake.dataset(dataset)
    const query = url.searchParams.get('query')
    if (!query) throw httpError(400, 'Missing "query"')
    hub.open(res, dataset, query, queryParams(url), {
      includeResult: flag(url, 'includeResult', false),
      includePreviousRevision: flag(url, 'includePreviousRevision', false),
      includeMutations: flag(url, 'includeMutations', true),
      includeAllVersions: flag(url, 'includeAllVersions', false),
      mendozaEffects: url.searchParams.get('effectFormat') === 'mendoza',
    })
  }

  async function handleUpload(req: IncomingMessage, res: ServerResponse, url: URL, kind: AssetKind, dataset: string) {
    lake.dataset(dataset)
    const data = await readBody(req)
    const document = uploadAsset(lake, dataset, kind, data, {
      filename: url.searchParams.get('filename') ?? undefined,
      contentType: req.headers['content-type'],
      projectId: projectIdOf(req),
      baseUrl,
    })
    sendJson(res, 200, { document })
  }

  function serveAsset(req: IncomingMessage, res: ServerResponse, kind: AssetKind, dataset: string, name: string) {
    lake.dataset(dataset)
    const file = assetPath(lake, dataset, kind, name)
    if (!SERVED_NAME[kind].test(name) || !fs.existsSync(file)) throw httpError(404, `Asset ${name} not found`)
    const { size } = fs.statSync(file)
    res.writeHead(200, {
      'Content-Type': mimeTypeFor(path.extname(name).slice(1)),
      'Content-Length': size,
      // Asset names are content hashes: they never change.
      'Cache-Control': 'public, max-age=31536000, immutable',
    })
    if (req.method === 'HEAD') {
      res.end()
      return
    }
    fs.createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res)
  }

  function allow(req: IncomingMessage, ...methods: string[]) {
    if (!methods.includes(req.method ?? 'GET')) throw httpError(405, `${req.method} is not allowed here`)
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://lake.local')
    const segments = url.pathname.split('/').filter(Boolean).map((s) => s)
    if (url.pathname === '/ping') {
      allow(req, 'GET', 'HEAD')
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end('PONG')
      return
    }
    if ((segments[0] === 'images' || segments[0] === 'files') && segments.length === 4) {
      allow(req, 'GET', 'HEAD')
      serveAsset(req, res, segments[0], decodeURIComponent(segments[2]!), segments[3]!)
      return
    }
    const version = /^v(1|X|\d{4}-\d{2}-\d{2})$/.exec(segments[0] ?? '')
    if (!version) throw httpError(404, `No route for ${url.pathname}`)
    const r: Route = { apiVersion: version[1]!, rest: segments.slice(1).map((s) => decodeURIComponent(s)) }
    const [area, endpoint, dataset, extra] = r.rest
    if (area === 'ping' && r.rest.length === 1) {
      allow(req, 'GET', 'HEAD')
      sendJson(res, 200, { ok: true })
      return
    }
    if (area === 'data' && dataset !== undefined) {
      if (endpoint === 'ping' && extra === undefined) {
        allow(req, 'GET', 'HEAD')
        lake.dataset(dataset)
        sendJson(res, 200, { ok: true })
        return
      }
      if (endpoint === 'query' && extra === undefined) {
        allow(req, 'GET', 'POST')
        return handleQuery(req, res, url, r, dataset)
      }
      if (endpoint === 'doc' && extra !== undefined && r.rest.length === 4) {
        allow(req, 'GET')
        return handleDoc(res, url, dataset, segments[4]!)
      }
      if (endpoint === 'mutate' && extra === undefined) {
        allow(req, 'POST')
        return handleMutate(req, res, url, dataset)
      }
      if (endpoint === 'actions' && extra === undefined) {
        allow(req, 'POST')
        return handleActions(req, res, dataset)
      }
      if (endpoint === 'listen' && extra === undefined) {
        allow(req, 'GET')
        return handleListen(res, url, dataset)
      }
    }
    if (area === 'assets' && (endpoint === 'images' || endpoint === 'files') && dataset !== undefined && extra === undefined) {
      allow(req, 'POST')
      return handleUpload(req, res, url, endpoint, dataset)
    }
    if (area === 'projects' && r.rest.length === 3 && endpoint !== undefined && dataset === 'datasets') {
      allow(req, 'GET')
      sendJson(res, 200, lake.datasetNames().map((name) => ({ name, aclMode: 'public' })))
      return
    }
    throw httpError(404, `No route for ${url.pathname}`)
  }

  function cors(req: IncomingMessage, res: ServerResponse): boolean {
    const origin = req.headers.origin
    if (origin && isLocalOrigin(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin)
      res.setHeader('Access-Control-Allow-Credentials', 'true')
      res.setHeader('Vary', 'Origin')
    }
    if (req.method !== 'OPTIONS') return false
    if (origin && isLocalOrigin(origin)) {
      res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS')
      const requested = req.headers['access-control-request-headers']
      res.setHeader('Access-Control-Allow-Headers', requested ?? 'Authorization, Content-Type, X-Sanity-Project-ID')
      res.setHeader('Access-Control-Max-Age', '600')
    }
    res.writeHead(204)
    res.end()
    return true
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      if (cors(req, res)) return
      if (!ready || closing) {
        if (req.httpVersionMajor < 2) res.setHeader('Connection', 'close')
        throw new LakeHttpError(503, { error: 'Service Unavailable', message: 'The lake is not ready', statusCode: 503 })
      }
      await route(req, res)
    } catch (error) {
      if (!(error instanceof LakeHttpError)) console.error('[lake] request failed:', error)
      if (res.headersSent) {
        res.destroy()
        return
      }
      if (!req.complete) {
        // A body we refused may still be arriving: discard it and end the connection after answering.
        if (req.httpVersionMajor < 2) res.setHeader('Connection', 'close')
        req.resume()
      }
      if (error instanceof LakeHttpError) sendJson(res, error.status, error.body)
      else sendJson(res, 500, { error: 'Internal Server Error', message: 'The lake failed to handle this request', statusCode: 500 })
    }
  }

  const server = http.createServer((req, res) => {
    void handle(req, res)
  })
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n')
    else socket.destroy()
  })

  const host = options.host ?? '127.0.0.1'
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(options.port ?? 3333, host, () => {
        server.off('error', reject)
        resolve()
      })
    })
  } catch (error) {
    hub.close()
    lake.close()
    throw error
  }
  server.on('error', (error) => console.error('[lake] server error:', error))
  const port = (server.address() as AddressInfo).port
  const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host
  baseUrl = `http://${urlHost}:${port}`

  let studio: RunningStudioServer | undefined
  let webhooks: ReturnType<typeof startWebhookSender> | undefined

  async function close(): Promise<void> {
    if (closing) return
    closing = true
    webhooks?.close()
    hub.close()
    await studio?.close()
    await new Promise<void>((resolve) => {
      const force = setTimeout(() => server.closeAllConnections(), 5000)
      server.close(() => {
        clearTimeout(force)
        resolve()
      })
      server.closeIdleConnections()
    })
    lake.close()
  }

  try {
    if (options.seed !== false && lake.store.isEmpty()) {
      const seed = options.seed ?? DEFAULT_SEED
      if (fs.existsSync(seed)) {
        const counts = importDocuments(lake, primaryDataset, await loadImportSource(seed), { baseUrl, mode: 'create' })
        log(`seeded ${primaryDataset} from ${seed}: ${counts.documents} documents, ${counts.assets} assets`)
      } else {
        console.warn(`[lake] seed ${seed} does not exist; starting with an empty store`)
      }
    }
  } catch (error) {
    await close()
    throw error
  }
  // After the seed: importing it is not an editor's change and must not send webhooks.
  if (options.webhooks?.length) webhooks = startWebhookSender(lake, options.webhooks, { log: (m) => console.warn(`[lake] ${m}`) })
  if (options.studio) {
    try {
      studio = await startStudioServer({ ...options.studio, datasets: () => lake.datasetNames(), lake: handle as LakeHandler })
    } catch (error) {
      await close()
      throw error
    }
  }
  ready = true
  log(`listening on ${baseUrl} (data in ${path.resolve(options.dataDir)})`)
  const studioInfo = studio && { url: studio.url, apiUrl: studio.apiUrl, port: studio.port, caPath: studio.caPath }
  return { url: baseUrl, port, close, ...(studioInfo ? { studio: studioInfo } : {}) }
}
