import { createHash, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import http2 from 'node:http2'
import type { AddressInfo, Socket } from 'node:net'
import path from 'node:path'
import type { Duplex } from 'node:stream'
import { ensureLocalCertificates } from '../tls/certificates'
import { isLocalOrigin, LakeHttpError, sendJson } from './http'
import { createManagementContext, handleManagement, type Request, type Response } from './management'

/**
 * The Studio's local server: HTTPS with HTTP/2 (the Studio holds several event streams open, more than HTTP/1.1's
 * six connections per host allow), the project's local certificate, serving
 * - the built Studio (`npx sanity build dist/studio`) with a fallback to index.html for its client-side routes,
 * - the management endpoints the Studio needs (management.ts) and a presence socket stub,
 * - and everything else (data API, assets) through the same handler as the plain HTTP lake.
 * The Studio addresses the API as `https://local.localhost:PORT` and itself as `https://localhost:PORT`.
 */
export type LakeHandler = (req: Request, res: Response) => void | Promise<void>

export type StudioServerOptions = {
  port?: number
  host?: string
  /** Where the local CA and the localhost certificate live (created on first use). */
  certDir: string
  /** The built Studio; when missing, `/` explains how to build it. */
  studioDir?: string
  projectId?: string
  datasets: () => string[]
  lake: LakeHandler
  /** The site the Studio's "Open preview" links go to (e.g. http://localhost:3000); told to the Studio page. */
  previewOrigin?: string
}

export type RunningStudioServer = { url: string; apiUrl: string; port: number; caPath: string; close(): Promise<void> }

const REPO_ROOT = path.resolve(__dirname, '..', '..')
export const DEFAULT_STUDIO_DIR = path.join(REPO_ROOT, 'dist', 'studio')
const API_PATH = /^\/(v(1|X|\d{4}-\d{2}-\d{2})(\/|$)|images\/|files\/|ping$)/

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
}

function cors(req: Request, res: Response): boolean {
  const origin = req.headers.origin
  if (typeof origin === 'string' && isLocalOrigin(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin)
    res.setHeader('Access-Control-Allow-Credentials', 'true')
    res.setHeader('Vary', 'Origin')
  }
  if (req.method !== 'OPTIONS') return false
  if (typeof origin === 'string' && isLocalOrigin(origin)) {
    res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS')
    const requested = req.headers['access-control-request-headers']
    res.setHeader('Access-Control-Allow-Headers', typeof requested === 'string' ? requested : 'Authorization, Content-Type')
    res.setHeader('Access-Control-Max-Age', '600')
  }
  res.writeHead(204)
  res.end()
  return true
}

function serveStudio(req: Request, res: Response, studioDir: string | undefined, previewOrigin?: string): void {
  if (!studioDir || !fs.existsSync(path.join(studioDir, 'index.html'))) {
    res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
    res.end('The Studio is not built yet: run `npm run studio:build` (npx sanity build dist/studio), then reload.\n')
    return
  }
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'https://studio.local').pathname)
  const candidate = path.normalize(path.join(studioDir, pathname))
  const inside = candidate.startsWith(studioDir + path.sep)
  const isFile = inside && fs.existsSync(candidate) && fs.statSync(candidate).isFile()
  // Unknown paths are the Studio's own routes (/structure/article;…): its index.html handles them.
  const file = isFile ? candidate : path.join(studioDir, 'index.html')
  const hashed = isFile && /[/\\]static[/\\]/.test(file)
  if (file.endsWith('index.html') && previewOrigin) {
    const script = `<script>window.__MERIDIAN_PREVIEW_ORIGIN__=${JSON.stringify(previewOrigin).replace(/</g, '\\u003c')}</script>`
    const html = Buffer.from(fs.readFileSync(file, 'utf8').replace('</head>', `${script}</head>`))
    res.writeHead(200, { 'Content-Type': MIME['.html']!, 'Content-Length': html.length, 'Cache-Control': 'no-cache' })
    if (req.method === 'HEAD') res.end()
    else res.end(html)
    return
  }
  res.writeHead(200, {
    'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
    'Content-Length': fs.statSync(file).size,
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  })
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  fs.createReadStream(file)
    .on('error', () => res.destroy?.())
    .pipe(res as NodeJS.WritableStream)
}

/**
 * A minimal WebSocket endpoint for the Studio's presence channel (`/vX/socket/:dataset`, JSON-RPC over bifur):
 * every request gets an empty success, subscriptions get an id and never a message. One editor locally means no
 * one else's presence to show.
 */
function acceptSocket(req: http.IncomingMessage, socket: Duplex): void {
  const key = req.headers['sec-websocket-key']
  if (typeof key !== 'string' || !/\/socket\/[^/]+$/.test(new URL(req.url ?? '/', 'https://x').pathname)) {
    socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n')
    return
  }
  const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64')
  socket.write(
    ['HTTP/1.1 101 Switching Protocols', 'Upgrade: websocket', 'Connection: Upgrade', `Sec-WebSocket-Accept: ${accept}`, '', ''].join('\r\n'),
  )
  const send = (opcode: number, payload: Buffer) => {
    if (socket.destroyed) return
    const header =
      payload.length < 126
        ? Buffer.from([0x80 | opcode, payload.length])
        : payload.length < 65536
          ? Buffer.from([0x80 | opcode, 126, payload.length >> 8, payload.length & 0xff])
          : Buffer.concat([Buffer.from([0x80 | opcode, 127]), (() => { const b = Buffer.alloc(8); b.writeBigUInt64BE(BigInt(payload.length)); return b })()])
    socket.write(Buffer.concat([header, payload]))
  }
  const heartbeat = setInterval(() => send(0x1, Buffer.from('\u2665')), 20_000)
  let buffered = Buffer.alloc(0)
  socket.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk])
    for (;;) {
      if (buffered.length < 2) return
      const opcode = buffered[0]! & 0x0f
      const masked = (buffered[1]! & 0x80) !== 0
      let length = buffered[1]! & 0x7f
      let offset = 2
      if (length === 126) {
        if (buffered.length < 4) return
        length = buffered.readUInt16BE(2)
        offset = 4
      } else if (length === 127) {
        if (buffered.length < 10) return
        length = Number(buffered.readBigUInt64BE(2))
        offset = 10
      }
      const maskOffset = offset
      if (masked) offset += 4
      if (buffered.length < offset + length) return
      const payload = Buffer.from(buffered.subarray(offset, offset + length))
      if (masked) for (let i = 0; i < payload.length; i++) payload[i]! ^= buffered[maskOffset + (i % 4)]!
      buffered = buffered.subarray(offset + length)
      if (opcode === 0x8) {
        send(0x8, payload.subarray(0, 2))
        socket.end()
        return
      }
      if (opcode === 0x9) send(0xa, payload)
      if (opcode !== 0x1) continue
      try {
        const message = JSON.parse(payload.toString('utf8')) as { id?: unknown; method?: unknown }
        if (message.id === undefined) continue
        const result = typeof message.method === 'string' && message.method.endsWith('_subscribe') ? `local-${randomUUID()}` : null
        send(0x1, Buffer.from(JSON.stringify({ jsonrpc: '2.0', id: message.id, result })))
      } catch {
        // Not JSON-RPC: nothing to answer.
      }
    }
  })
  const stop = () => clearInterval(heartbeat)
  socket.on('close', stop)
  socket.on('error', () => {
    stop()
    socket.destroy()
  })
}

export async function startStudioServer(options: StudioServerOptions): Promise<RunningStudioServer> {
  const tls = ensureLocalCertificates(options.certDir)
  const studioDir = options.studioDir ? path.resolve(options.studioDir) : undefined
  const management = createManagementContext(options.projectId ?? 'local', options.datasets)

  async function handle(req: Request, res: Response): Promise<void> {
    try {
      if (cors(req, res)) return
      const pathname = new URL(req.url ?? '/', 'https://studio.local').pathname
      if (pathname !== '/ping' && (await handleManagement(req, res, management))) return
      if (API_PATH.test(pathname)) {
        await options.lake(req, res)
        return
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendJson(res as http.ServerResponse, 405, { error: 'Method Not Allowed', message: `${req.method} is not allowed here`, statusCode: 405 })
        return
      }
      serveStudio(req, res, studioDir, options.previewOrigin)
    } catch (error) {
      if (!(error instanceof LakeHttpError)) console.error('[studio] request failed:', error)
      if (res.headersSent) {
        res.destroy?.()
        return
      }
      const status = error instanceof LakeHttpError ? error.status : 500
      const body = error instanceof LakeHttpError ? error.body : { error: 'Internal Server Error', message: 'The Studio server failed', statusCode: 500 }
      sendJson(res as http.ServerResponse, status, body)
    }
  }

  const server = http2.createSecureServer({ key: tls.key, cert: tls.cert, allowHTTP1: true }, (req, res) => {
    void handle(req, res)
  })
  // WebSockets arrive over HTTP/1.1 (the HTTP/1 fallback hands upgrades to this event).
  server.on('upgrade', (req: http.IncomingMessage, socket: Socket) => acceptSocket(req, socket))
  const sessions = new Set<http2.ServerHttp2Session>()
  server.on('session', (session) => {
    sessions.add(session)
    session.on('close', () => sessions.delete(session))
  })
  const sockets = new Set<Socket>()
  server.on('secureConnection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 3334, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  server.on('error', (error) => console.error('[studio] server error:', error))
  const port = (server.address() as AddressInfo).port
  const projectId = options.projectId ?? 'local'

  return {
    url: `https://localhost:${port}`,
    apiUrl: `https://${projectId}.localhost:${port}`,
    port,
    caPath: tls.caPath,
    close: () =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => {
          for (const session of sessions) session.destroy()
        }, 2000)
        server.close(() => {
          clearTimeout(force)
          resolve()
        })
        for (const session of sessions) session.close()
        for (const socket of sockets) if (!socket.destroyed && (socket as { alpnProtocol?: string | false }).alpnProtocol !== 'h2') socket.destroy()
      }),
  }
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer', 'host', 'http2-settings'])

/** A LakeHandler that forwards to a lake running elsewhere (e.g. `npm run lake`), event streams included. */
export function proxyToLake(lakeUrl: string): LakeHandler {
  const target = new URL(lakeUrl)
  return (req, res) =>
    new Promise<void>((resolve) => {
      const headers: http.OutgoingHttpHeaders = {}
      for (const [name, value] of Object.entries(req.headers)) {
        if (!name.startsWith(':') && !HOP_BY_HOP.has(name) && value !== undefined) headers[name] = value
      }
      const upstream = http.request(
        { hostname: target.hostname, port: target.port, method: req.method, path: req.url, headers },
        (answer) => {
          const out: http.OutgoingHttpHeaders = {}
          for (const [name, value] of Object.entries(answer.headers)) {
            if (!HOP_BY_HOP.has(name) && value !== undefined) out[name] = value
          }
          res.writeHead(answer.statusCode ?? 502, out)
          answer.pipe(res as NodeJS.WritableStream)
          answer.on('end', resolve)
          answer.on('error', () => resolve())
        },
      )
      upstream.on('error', () => {
        if (!res.headersSent) sendJson(res as http.ServerResponse, 502, { error: 'Bad Gateway', message: 'The lake did not answer', statusCode: 502 })
        else res.destroy?.()
        resolve()
      })
      res.on('close', () => upstream.destroy())
      ;(req as NodeJS.ReadableStream).pipe(upstream)
    })
}
