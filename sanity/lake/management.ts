import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Http2ServerRequest, Http2ServerResponse } from 'node:http2'
import { httpError, isRecord, readJsonBody, sendJson } from './http'
import { LAKE_IDENTITY } from './lake'

/**
 * The parts of Sanity's management API the Studio calls besides the data API, answered for one local editor:
 * who am I, the project and its members, datasets and their ACL (full access), per-user key-value settings, and
 * quiet empty answers for hosted-only features (history, comments, tasks, releases, scheduling, upsells,
 * telemetry) so the Studio degrades without error toasts. Paths arrive with or without a `/vYYYY-MM-DD` prefix.
 */
export type Request = IncomingMessage | Http2ServerRequest
export type Response = ServerResponse | Http2ServerResponse

export const LOCAL_USER = {
  id: LAKE_IDENTITY,
  name: 'Local editor',
  email: 'editor@localhost',
  profileImage: null,
  provider: 'local',
  role: 'administrator',
  roles: [{ name: 'administrator', title: 'Administrator', description: 'Everything, on this machine' }],
}

const ADMIN_ROLE = {
  name: 'administrator',
  title: 'Administrator',
  description: 'Read and write all datasets',
  isCustom: false,
  appliesToUsers: true,
  appliesToRobots: true,
}

/** What the local editor may do: everything, everywhere. */
export const FULL_ACCESS_ACL = [
  { filter: '_id in path("**")', permissions: ['history', 'read', 'update', 'create', 'manage'] },
]

export type ManagementContext = {
  projectId: string
  datasets(): string[]
  /** Per-user Studio settings (`/users/me/keyvalue`); kept in memory for the server's lifetime. */
  keyValue: Map<string, unknown>
}

export function createManagementContext(projectId: string, datasets: () => string[]): ManagementContext {
  return { projectId, datasets, keyValue: new Map() }
}

function projectFor(context: ManagementContext) {
  return {
    id: context.projectId,
    displayName: 'The Meridian Review (local)',
    studioHost: null,
    isBlocked: false,
    isDisabled: false,
    isDisabledByUser: false,
    organizationId: null,
    metadata: { externalStudioHost: null },
    maxRetentionDays: 0,
    features: [],
    activityFeedEnabled: false,
    createdAt: '2026-01-01T00:00:00Z',
    members: [{ id: LAKE_IDENTITY, role: 'administrator', roles: [ADMIN_ROLE], isCurrentUser: true, isRobot: false, createdAt: '2026-01-01T00:00:00Z' }],
  }
}

/** `/v2021-06-07/users/me` → `['users', 'me']`; the data API (`/data/query`, …) is left to the lake. */
function segmentsOf(pathname: string): string[] {
  const segments = pathname.split('/').filter(Boolean).map((s) => decodeURIComponent(s))
  return /^v(1|X|\d{4}-\d{2}-\d{2})$/.test(segments[0] ?? '') ? segments.slice(1) : segments
}

/** Handles a management request and returns true, or returns false for the lake (data, assets) to answer. */
export async function handleManagement(req: Request, res: Response, context: ManagementContext): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'https://lake.local')
  const [area, a, b, c, d] = segmentsOf(url.pathname)
  const method = req.method ?? 'GET'
  const json = (body: unknown, status = 200) => {
    sendJson(res as ServerResponse, status, body)
    return true
  }

  switch (area) {
    case 'users': {
      if (a === 'me' && b === undefined) return json(LOCAL_USER)
      if (a === 'me' && b === 'keyvalue') {
        if (method === 'GET' && c !== undefined) {
          return json(c.split(',').map((key) => ({ key, value: context.keyValue.get(key) ?? null })))
        }
        if (method === 'PUT' || method === 'POST' || method === 'PATCH') {
          const body = await readJsonBody(req as IncomingMessage)
          const entries = Array.isArray(body) ? body : [body]
          for (const entry of entries) {
            if (!isRecord(entry) || typeof entry.key !== 'string') throw httpError(400, 'Expected [{key, value}]')
            context.keyValue.set(entry.key, entry.value ?? null)
          }
          return json(entries)
        }
        throw httpError(405, `${method} is not allowed here`)
      }
      if (a !== undefined && b === undefined) {
        const ids = a.split(',')
        const users = ids.map((id) => (id === LAKE_IDENTITY || id === 'me' ? LOCAL_USER : null)).filter(Boolean)
        return json(ids.length === 1 ? (users[0] ?? null) : users)
      }
      return false
    }
    case 'projects': {
      if (a === undefined) return json([projectFor(context)])
      if (b === undefined) return json(projectFor(context))
      if (b === 'datasets' && c === undefined) {
        // The Studio asks for a comments add-on dataset by profile: there is none locally.
        if (url.searchParams.get('datasetProfile')) return json([])
        return json(context.datasets().map((name) => ({ name, aclMode: 'public', createdAt: '2026-01-01T00:00:00Z', addonFor: null, tags: [] })))
      }
      if (b === 'datasets' && c !== undefined && d === 'acl') return json(FULL_ACCESS_ACL)
      if (b === 'datasets' && c !== undefined) return json({})
      if (b === 'roles') return json([ADMIN_ROLE])
      if (b === 'grants') return json({})
      if (b === 'user-applications' || b === 'features' || b === 'tags') return json([])
      return json({})
    }
    case 'features':
      return json([])
    case 'journey':
    case 'access':
      return json([])
    case 'help':
      return json({})
    case 'auth':
      if (a === 'providers') return json({ providers: [], thirdPartyLogin: false, sso: { saml: false } })
      if (a === 'logout') return json({})
      return json({ id: LAKE_IDENTITY })
    case 'intake':
      if (a === 'telemetry-status') return json({ status: 'denied' })
      return json({})
    case 'descriptors':
      // Schema descriptor sync (hosted schema registry): report it complete, nothing to upload.
      return json(a === 'claim' ? { synchronization: { type: 'complete' } } : { type: 'complete' })
    case 'comments':
    case 'schedules':
      return json(area === 'schedules' ? { schedules: [] } : {})
    case 'data': {
      // No revision history locally: the timeline is empty rather than broken.
      if (a === 'history' && c === 'transactions') {
        res.writeHead(200, { 'Content-Type': 'application/x-ndjson', 'Cache-Control': 'no-store' })
        res.end('')
        return true
      }
      if (a === 'history' && c === 'events') return json({ events: {}, nextCursor: '' })
      if (a === 'history') return json({ documents: [] })
      if (a === 'references') return json({ totalCount: 0, references: [] })
      return false
    }
    default:
      return false
  }
}
