/** Where "Avsluta förhandsgranskning" leads: back to the page the staff member was on, if that is a safe site path. */
import { isSitePath } from '../sitePath'

/**
 * `path` (from the link) first, else the path of the Referer (its origin is ignored: only a path on this site is
 * ever used), else the start page. Never back to /preview, which would turn draft mode on again.
 */
export function previewExitPath({ path, referer }: { path?: string | null; referer?: string | null }): string {
  const candidates = [path, refererPath(referer)]
  for (const candidate of candidates) {
    if (candidate && isSitePath(candidate) && !/^\/preview(?:[/?#]|$)/.test(candidate)) return candidate
  }
  return '/'
}

function refererPath(referer: string | null | undefined): string | null {
  if (!referer) return null
  try {
    const url = new URL(referer)
    return `${url.pathname}${url.search}`
  } catch {
    return null
  }
}
