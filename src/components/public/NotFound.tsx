import { notFound } from 'next/navigation'
import { Suspense } from 'react'

/** The Swedish not-found text, the same on every public 404 (not-found.tsx, global-not-found.tsx, NotFoundPage). */
export function NotFoundContent() {
  return (
    <>
      <h1>Sidan hittades inte</h1>
      <p>Sidan finns inte, eller så är den inte publicerad ännu.</p>
      <ul>
        <li>
          <a href="/moten">Se alla möten</a>
        </li>
        <li>
          <a href="/">Till startsidan</a>
        </li>
      </ul>
    </>
  )
}

function NotFoundStatus(): never {
  notFound()
}

/**
 * What a public page returns instead of calling notFound() itself when its document does not exist.
 *
 * Why: Next 16.4 cannot server-render a segment's not-found.tsx. React's server renderer has no error boundaries, so
 * a notFound() thrown by a page outside any <Suspense> fails the whole HTML shell, and Next answers with an empty
 * `<html id="__next_error__">` shell that only client JavaScript fills in (vercel/next.js#62228; getErrorRSCPayload in
 * next/dist/server/app-render/app-render.js). Visitors' pages run no script (CSP script-src 'none'), so they saw a
 * blank page without lang. Here the page renders the not-found text itself, inside the site layout, and throws
 * notFound() only inside a Suspense boundary with an empty fallback: the rest of the HTML stays, and a prerender
 * (the cached pages: revalidate = false) answers 404 (prerenderToStream sets the status for an access-fallback error
 * inside a boundary). With JavaScript, the boundary hands over to not-found.tsx, which shows the same text.
 * Only for cached pages: a page rendered per request (force-dynamic) streams and would answer 200, so it keeps
 * notFound() (status 404, empty shell) until it is cached like /moten/[slug]. In draft mode (staff) the answer is 200.
 */
export function NotFoundPage() {
  return (
    <>
      <NotFoundContent />
      <Suspense fallback={null}>
        <NotFoundStatus />
      </Suspense>
    </>
  )
}
