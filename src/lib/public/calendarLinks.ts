/** The addresses a calendar feed is offered under: the web address and the same address as a `webcal:` subscription. */
export type CalendarAddresses = { web: string; webcal: string }

/**
 * Built from the configured public server URL (Payload's `serverURL`), never from request headers: a cached page must
 * not carry whatever Host a visitor sent.
 */
export function calendarAddresses({ serverURL, path }: { serverURL: string; path: string }): CalendarAddresses {
  if (!path.startsWith('/')) throw new RangeError(`Kalenderns sökväg måste börja med /: ${path}`)
  // Relative to the server URL, so that a path prefix in it (https://host/sro) is kept.
  const url = new URL(path.replace(/^\/+/, ''), `${serverURL.replace(/\/+$/, '')}/`)
  const web = url.toString()
  // Calendar programs open webcal:// and fetch it over https (or http, for a local server) themselves.
  return { web, webcal: web.replace(/^https?:\/\//, 'webcal://') }
}
