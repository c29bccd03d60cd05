/** The public address of the site, for absolute links in feeds, calendars and the sitemap. */
export const siteUrl = (): string => (process.env.NEXT_PUBLIC_SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')
