import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { previewExitPath } from '@/lib/public/previewExit'

/** Ends draft mode (anyone may: it only turns a preview off) and goes back to the page, or to the start page. */
export async function GET(request: Request) {
  const url = new URL(request.url)
  ;(await draftMode()).disable()
  redirect(previewExitPath({ path: url.searchParams.get('path'), referer: request.headers.get('referer') }))
}
