import type { ReactNode } from 'react'

export const metadata = {
  title: 'The Meridian Review',
  description: 'Analysis of foreign policy, security and the global economy.',
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
