import type { Metadata } from 'next'

import { NotFoundContent } from '../components/public/NotFound'
import FrontendLayout from './(frontend)/layout'

// Addresses no route matches. With two root layouts (the site's and Payload's) and no app/layout.tsx, Next's own
// /_not-found had no lang and none of the site; this file replaces it (experimental.globalNotFound in next.config.ts)
// and renders the public layout's component, so the header, skip link, footer and stylesheet are the site's own.
// (Next adds the noindex robots tag for the 404 itself.)
export const metadata: Metadata = { title: 'Sidan hittades inte – SRO' }

export default function GlobalNotFound() {
  return (
    <FrontendLayout>
      <NotFoundContent />
    </FrontendLayout>
  )
}
