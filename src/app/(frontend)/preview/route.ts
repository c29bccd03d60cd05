import config from '@payload-config'
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { isSitePath } from '@/lib/sitePath'

/** Staff only: turns on draft mode and opens the page; anyone else gets 403. Only site-local paths are allowed. */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const path = url.searchParams.get('path') ?? '/'
  if (!isSitePath(path)) return new Response('Ogiltig sökväg.', { status: 400 })
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return new Response('Förhandsgranskning kräver inloggning.', { status: 403 })
  ;(await draftMode()).enable()
  redirect(path)
}
