const enable = jest.fn()
const disable = jest.fn()
jest.mock('next/headers', () => ({ draftMode: async () => ({ enable, disable, isEnabled: false }) }))
class Redirect extends Error {
  constructor(readonly location: string) {
    super(`redirect ${location}`)
  }
}
jest.mock('next/navigation', () => ({
  redirect: (location: string) => {
    throw new Redirect(location)
  },
}))
const fetchSecret = jest.fn()
jest.mock('@/lib/content/client', () => ({
  getContentClient: () => ({ withConfig: () => ({ fetch: (...args: unknown[]) => fetchSecret(...args) }) }),
}))

process.env.SANITY_PREVIEW_SECRET = 'a-shared-preview-secret-for-tests'

type Routes = { enable: typeof import('@/app/api/draft-mode/enable/route'); disable: typeof import('@/app/api/draft-mode/disable/route') }
let routes: Routes
let previewRedirectPath: typeof import('@/lib/content/preview').previewRedirectPath

beforeAll(async () => {
  routes = { enable: await import('@/app/api/draft-mode/enable/route'), disable: await import('@/app/api/draft-mode/disable/route') }
  ;({ previewRedirectPath } = await import('@/lib/content/preview'))
})

beforeEach(() => {
  enable.mockClear()
  disable.mockClear()
  fetchSecret.mockReset()
})

async function call(route: { GET: (r: Request) => Promise<Response> }, query: string): Promise<Response | Redirect> {
  try {
    return await route.GET(new Request(`http://localhost/api/draft-mode/x?${query}`))
  } catch (error) {
    if (error instanceof Redirect) return error
    throw error
  }
}

describe('draft preview routes', () => {
  it('enables draft mode for a secret the Studio stored, then redirects to the page', async () => {
    fetchSecret.mockResolvedValue('drafts.preview-secret-abc')
    const result = await call(routes.enable, 'secret=studio-minted-secret-123456&redirect=%2Farticles%2Fsome-slug')
    expect(result).toEqual(expect.objectContaining({ location: '/articles/some-slug' }))
    expect(enable).toHaveBeenCalledTimes(1)
    const [query, params, options] = fetchSecret.mock.calls[0]!
    expect(query).toContain('sanity.previewUrlSecret')
    expect(query).toContain('_updatedAt')
    expect(params).toEqual({ secret: 'studio-minted-secret-123456' })
    expect(options).toEqual({ cache: 'no-store' })
  })

  it('accepts the shared SANITY_PREVIEW_SECRET without asking the lake', async () => {
    const result = await call(routes.enable, 'secret=a-shared-preview-secret-for-tests&redirect=/')
    expect(result).toEqual(expect.objectContaining({ location: '/' }))
    expect(fetchSecret).not.toHaveBeenCalled()
  })

  it('refuses unknown, expired, missing or short secrets with 401 and leaves draft mode off', async () => {
    fetchSecret.mockResolvedValue(null)
    for (const query of ['secret=unknown-or-expired-secret-1', '', 'secret=short']) {
      const result = await call(routes.enable, `${query}&redirect=/articles/x`)
      expect(result).toBeInstanceOf(Response)
      const response = result as Response
      expect(response.status).toBe(401)
      expect(response.headers.get('cache-control')).toBe('no-store')
    }
    expect(enable).not.toHaveBeenCalled()
  })

  it('only ever redirects within the site', () => {
    expect(previewRedirectPath('/articles/a?x=1')).toBe('/articles/a?x=1')
    expect(previewRedirectPath('https://evil.example/')).toBe('/')
    expect(previewRedirectPath('//evil.example/')).toBe('/')
    expect(previewRedirectPath('/\\evil.example')).toBe('/')
    expect(previewRedirectPath(null)).toBe('/')
  })

  it('disables draft mode and returns to the page', async () => {
    const result = await call(routes.disable, 'redirect=/articles/x')
    expect(result).toEqual(expect.objectContaining({ location: '/articles/x' }))
    expect(disable).toHaveBeenCalledTimes(1)
  })
})
