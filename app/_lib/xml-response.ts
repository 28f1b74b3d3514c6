/** XML responses for feeds and sitemaps; the page cache decides freshness, so browsers revalidate. */
export function xmlResponse(body: string, contentType: 'application/rss+xml' | 'application/xml'): Response {
  return new Response(body, {
    headers: {
      'Content-Type': `${contentType}; charset=utf-8`,
      'Cache-Control': 'public, max-age=0, must-revalidate',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
