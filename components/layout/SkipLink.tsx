type SkipLinkProps = { href: string; children: React.ReactNode }

/** Visually hidden until focused; the first thing a keyboard user reaches. */
export function SkipLink({ href, children }: SkipLinkProps) {
  return (
    <a className="skip-link" href={href}>
      {children}
    </a>
  )
}
