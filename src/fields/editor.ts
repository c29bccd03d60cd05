import { LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { withLinkTargetRule } from './linkTarget'

/** The rich-text editor of every field: Payload's defaults, with links held to the site's link rule. */
export const siteEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => feature.key !== 'link'),
    LinkFeature({ fields: ({ defaultFields }) => withLinkTargetRule(defaultFields) }),
  ],
})
