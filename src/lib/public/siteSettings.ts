import { isLinkTarget } from '../sitePath'
import { AS_VISITOR, publicPayload } from './payload'

export type PublicSiteSettings = {
  siteName: string
  tagline: string | null
  contact: { email: string | null; phone: string | null; address: string | null }
  footerLinks: { label: string; url: string }[]
}

const DEFAULT_NAME = 'SRO – Politiskt samrådsorgan'

/**
 * What communicators set under "Webbplatsinställningar", read as a visitor: the accessibility statement only when
 * its page is published, and only footer links to this site, the web or e-mail (anything else is left out).
 */
export async function publicSiteSettings(): Promise<PublicSiteSettings> {
  const payload = await publicPayload()
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 1, ...AS_VISITOR }).catch(() => null)
  const links = (settings?.footerLinks ?? []).filter((link) => isLinkTarget(link.url)).map((link) => ({ label: link.label, url: link.url }))
  const statement = settings?.accessibilityStatement
  if (statement && typeof statement === 'object' && statement.slug && !links.some((link) => link.url === `/${statement.slug}`)) {
    links.push({ label: 'Tillgänglighetsredogörelse', url: `/${statement.slug}` })
  }
  return {
    siteName: settings?.siteName || DEFAULT_NAME,
    tagline: settings?.tagline || null,
    contact: { email: settings?.contact?.email || null, phone: settings?.contact?.phone || null, address: settings?.contact?.address || null },
    footerLinks: links,
  }
}
