/**
 * What a consented embed renders, built from the editor's URL: a privacy-enhanced player iframe for
 * video, a blockquote link plus the provider's widget script for posts. Null when the URL is not one
 * the service serves (the placeholder link stays).
 */
export type EmbedRender =
  | { kind: 'iframe'; src: string; allow?: string; aspect: 'video' | 'post' }
  | { kind: 'post'; href: string; widgetScript: string | null; blockquoteClass: string; attributes: Record<string, string> }

function httpsUrl(raw: string): URL | null {
  try {
    const url = new URL(raw)
    return url.protocol === 'https:' && !url.username && !url.password ? url : null
  } catch {
    return null
  }
}

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/

function youtubeId(url: URL): string | null {
  const host = url.hostname.replace(/^(www|m)\./, '')
  let id: string | null = null
  if (host === 'youtu.be') id = url.pathname.split('/')[1] ?? null
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    if (url.pathname === '/watch') id = url.searchParams.get('v')
    else {
      const m = /^\/(?:embed|shorts|live|v)\/([^/]+)/.exec(url.pathname)
      id = m?.[1] ?? null
    }
  }
  return id && YOUTUBE_ID.test(id) ? id : null
}

function startSeconds(url: URL): number | null {
  const t = url.searchParams.get('t') ?? url.searchParams.get('start')
  if (!t) return null
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(t)
  if (!m) return null
  const seconds = Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0)
  return seconds > 0 ? seconds : null
}

export function embedRender(service: string, rawUrl: string): EmbedRender | null {
  const url = httpsUrl(rawUrl)
  if (!url) return null
  const host = url.hostname.toLowerCase()
  switch (service) {
    case 'youtube': {
      const id = youtubeId(url)
      if (!id) return null
      const start = startSeconds(url)
      return {
        kind: 'iframe',
        src: `https://www.youtube-nocookie.com/embed/${id}${start ? `?start=${start}` : ''}`,
        allow: 'accelerometer; encrypted-media; gyroscope; picture-in-picture; fullscreen',
        aspect: 'video',
      }
    }
    case 'vimeo': {
      let m: RegExpExecArray | null = null
      if (host === 'player.vimeo.com') m = /^\/video\/(\d{1,12})\/?$/.exec(url.pathname)
      else if (host === 'vimeo.com' || host === 'www.vimeo.com') m = /^\/(?:channels\/[\w-]+\/)?(\d{1,12})(?:\/([0-9a-f]{6,20}))?\/?$/.exec(url.pathname)
      if (!m?.[1]) return null
      const params = new URLSearchParams({ dnt: '1' })
      const hash = m[2] ?? url.searchParams.get('h')
      if (hash && /^[0-9a-f]{6,20}$/.test(hash)) params.set('h', hash)
      return { kind: 'iframe', src: `https://player.vimeo.com/video/${m[1]}?${params}`, allow: 'fullscreen; picture-in-picture', aspect: 'video' }
    }
    case 'x': {
      if (!['x.com', 'www.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com'].includes(host)) return null
      const m = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d{1,20})\/?$/.exec(url.pathname)
      if (!m) return null
      return {
        kind: 'post',
        href: `https://twitter.com/${m[1]}/status/${m[2]}`,
        widgetScript: 'https://platform.twitter.com/widgets.js',
        blockquoteClass: 'twitter-tweet',
        attributes: { 'data-dnt': 'true' },
      }
    }
    case 'bluesky': {
      if (host !== 'bsky.app') return null
      const m = /^\/profile\/([^/]+)\/post\/([a-z0-9]+)\/?$/i.exec(url.pathname)
      if (!m) return null
      return {
        kind: 'post',
        href: url.toString(),
        widgetScript: 'https://embed.bsky.app/static/embed.js',
        blockquoteClass: 'bluesky-embed',
        attributes: { 'data-bluesky-uri': `at://${decodeURIComponent(m[1]!)}/app.bsky.feed.post/${m[2]}` },
      }
    }
    case 'mastodon': {
      // Any Mastodon server: the post's own server renders the embed.
      const m = /^\/@[A-Za-z0-9_]+(?:@[A-Za-z0-9.-]+)?\/(\d{1,20})\/?$/.exec(url.pathname)
      if (!m) return null
      return { kind: 'iframe', src: `${url.origin}${url.pathname.replace(/\/$/, '')}/embed`, aspect: 'post' }
    }
    default:
      return null
  }
}
