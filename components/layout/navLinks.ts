import { safeNavHref } from '@/components/hrefs'

export type NavLinkItem = { key?: string; label: string; href: string }

/** Keeps only links with a label and a safe target; the CMS is trusted for wording, not for URLs. */
export function usableNavLinks(links: readonly NavLinkItem[] | null | undefined): { key: string; label: string; href: string }[] {
  return (links ?? []).flatMap((link, index) => {
    const href = safeNavHref(link.href)
    const label = link.label?.trim()
    return href && label ? [{ key: link.key ?? `${index}-${href}`, label, href }] : []
  })
}
