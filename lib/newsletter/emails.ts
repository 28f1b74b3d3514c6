/** The newsletter's emails as plain data (subject, text, HTML, headers). Pure, so tests read them directly. */
export interface OutgoingEmail {
  to: string
  subject: string
  text: string
  html: string
  headers: Record<string, string>
  /** One line for the development log (the outbox transport prints it so a newcomer can click through). */
  summary: string
}

export interface NewsletterUrls {
  confirm(token: string): string
  /** The page with an "Unsubscribe" button; a GET never unsubscribes. */
  unsubscribePage(token: string): string
  /** The RFC 8058 one-click endpoint: a POST unsubscribes, a GET redirects to the page. */
  oneClickUnsubscribe(token: string): string
}

export function newsletterUrls(siteUrl: string): NewsletterUrls {
  const base = siteUrl.replace(/\/+$/, '')
  const withToken = (path: string, token: string) => `${base}${path}?token=${encodeURIComponent(token)}`
  return {
    confirm: (token) => withToken('/newsletter/confirm', token),
    unsubscribePage: (token) => withToken('/newsletter/unsubscribe', token),
    oneClickUnsubscribe: (token) => withToken('/api/newsletter/unsubscribe', token),
  }
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)

export function buildConfirmationEmail(input: {
  to: string
  siteName: string
  confirmUrl: string
  unsubscribePageUrl: string
  oneClickUnsubscribeUrl: string
  expiresInHours: number
}): OutgoingEmail {
  const { siteName, confirmUrl, unsubscribePageUrl } = input
  const subject = `Confirm your subscription to ${siteName}`
  const text = [
    `Please confirm that you want to receive the ${siteName} newsletter at this address.`,
    '',
    `Confirm your subscription: ${confirmUrl}`,
    '',
    `The link works for ${input.expiresInHours} hours. If you did not ask for this, ignore this email: you will not be subscribed.`,
    '',
    `Unsubscribe: ${unsubscribePageUrl}`,
    '',
  ].join('\n')
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: Georgia, serif; line-height: 1.5; color: #1a1a1a;">
<p>Please confirm that you want to receive the ${escapeHtml(siteName)} newsletter at this address.</p>
<p><a href="${escapeHtml(confirmUrl)}">Confirm your subscription</a></p>
<p>The link works for ${input.expiresInHours} hours. If you did not ask for this, ignore this email: you will not be subscribed.</p>
<p style="font-size: 0.875em;"><a href="${escapeHtml(unsubscribePageUrl)}">Unsubscribe</a></p>
</body></html>
`
  return {
    to: input.to,
    subject,
    text,
    html,
    headers: {
      'List-Unsubscribe': `<${input.oneClickUnsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      // RFC 3834: a machine-sent message; auto-responders should not answer it.
      'Auto-Submitted': 'auto-generated',
    },
    summary: `confirmation link for ${input.to}: ${confirmUrl}`,
  }
}
