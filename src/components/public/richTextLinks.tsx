import type { JSXConverter, JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import type { SerializedAutoLinkNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'

import { isLinkTarget, isSitePath } from '@/lib/sitePath'

type LinkFields = SerializedLinkNode['fields']

/** Where an internal link to a document of each collection goes on the public site. */
const PUBLIC_PATHS: Record<string, (slug: string) => string> = {
  pages: (slug) => `/${slug}`,
  meetings: (slug) => `/moten/${slug}`,
  cases: (slug) => `/arenden/${slug}`,
}

/**
 * The href a rich-text link may have on the public site, or null to show its text without a link. Links are checked
 * when saved; this is the second line, for text saved before that check or written past it.
 */
export function richTextHref(fields: Partial<LinkFields> | undefined): string | null {
  if (fields?.linkType === 'internal') {
    const doc = fields.doc as { relationTo?: string; value?: unknown } | null | undefined
    const slug = typeof doc?.value === 'object' && doc.value ? (doc.value as { slug?: unknown }).slug : null
    const toPath = doc?.relationTo ? PUBLIC_PATHS[doc.relationTo] : undefined
    const path = toPath && typeof slug === 'string' ? toPath(slug) : null
    return path && isSitePath(path) ? path : null
  }
  const url = fields?.url
  return typeof url === 'string' && isLinkTarget(url) ? url : null
}

const renderLink: JSXConverter<SerializedAutoLinkNode | SerializedLinkNode> = ({ node, nodesToJSX }) => {
  const children = nodesToJSX({ nodes: node.children })
  const href = richTextHref(node.fields)
  if (!href) return <>{children}</>
  const isNewTab = Boolean(node.fields.newTab)
  return (
    <a href={href} rel={isNewTab ? 'noopener noreferrer' : undefined} target={isNewTab ? '_blank' : undefined}>
      {children}
    </a>
  )
}

/** Payload's converters, with links and autolinks held to the site's link rule. */
export const safeLinkConverters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  link: renderLink,
  autolink: renderLink,
})
