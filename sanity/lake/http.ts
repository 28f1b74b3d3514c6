import type { IncomingMessage, ServerResponse } from 'node:http'

export const MAX_BODY_BYTES = 10 * 1024 * 1024

/** An error with the HTTP status and the JSON body Sanity answers with, so `@sanity/client` reports it well. */
export class LakeHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    message = typeof body === 'object' && body && 'message' in body ? String(body.message) : `HTTP ${status}`,
  ) {
    super(message)
  }
}

const reasons: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
}

/** Boom-style error body: `{error: 'Not Found', message, statusCode}`. */
export function httpError(status: number, message: string): LakeHttpError {
  return new LakeHttpError(status, { error: reasons[status] ?? 'Error', message, statusCode: status }, message)
}

export type ItemError = { index: number; id?: string; type: string; description: string }

/** `{error: {type: 'mutationError' | 'actionError', description, items}}` as the Content Lake sends. */
export function itemsError(status: number, kind: 'mutationError' | 'actionError', items: ItemError[]): LakeHttpError {
  const prefix = kind === 'mutationError' ? 'The mutation(s) failed' : 'The action(s) failed'
  const description = `${prefix}: ${items.map((i) => i.description).join('; ')}`
  return new LakeHttpError(
    status,
    {
      error: {
        type: kind,
        description,
        items: items.map(({ index, id, type, description: d }) => ({ error: { type, description: d, id }, index })),
      },
    },
    description,
  )
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  sendJsonText(res, status, JSON.stringify(body))
}

export function sendJsonText(res: ServerResponse, status: number, payload: string): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(payload),
    'Cache-Control': 'no-store',
  })
  res.end(payload)
}

/** Reads a request body up to `limit` bytes; larger bodies are refused with 413 without buffering them. */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'])
    if (Number.isFinite(declared) && declared > limit) {
      reject(httpError(413, `Request body exceeds the limit of ${limit} bytes`))
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    let failed = false
    req.on('data', (chunk: Buffer) => {
      if (failed) return
      size += chunk.length
      if (size > limit) {
        failed = true
        chunks.length = 0
        reject(httpError(413, `Request body exceeds the limit of ${limit} bytes`))
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks))
    })
    req.on('error', (error) => {
      if (!failed) {
        failed = true
        reject(error)
      }
    })
    // A client that hangs up mid-body must not leave this promise pending.
    req.on('close', () => {
      if (!failed && !req.complete) {
        failed = true
        reject(httpError(400, 'The request body ended early'))
      }
    })
  })
}

export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const raw = await readBody(req)
  if (raw.length === 0) throw httpError(400, 'Request body is empty; expected JSON')
  try {
    return JSON.parse(raw.toString('utf8'))
  } catch (error) {
    throw httpError(400, `Request body is not valid JSON: ${(error as Error).message}`)
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The Studio runs in a browser on some localhost port; any loopback origin may call with credentials. */
export function isLocalOrigin(origin: string): boolean {
  try {
    const { hostname, protocol } = new URL(origin)
    if (protocol !== 'http:' && protocol !== 'https:') return false
    return (
      hostname === 'localhost' ||
      hostname.endsWith('.localhost') ||
      hostname === '127.0.0.1' ||
      hostname === '[::1]'
    )
  } catch {
    return false
  }
}
