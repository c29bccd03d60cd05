import type { CollectionConfig } from 'payload'

import { editableBy, isStaff, publishedOrStaff } from '@/access'
import { slugField } from '@/fields/slug'
import { PAGE_BLOCKS } from './blocks'
import { revalidateDeletedPage, revalidatePage } from './hooks/revalidatePage'

/** Paths the archive owns; a page may not take them. */
export const RESERVED_PAGE_SLUGS = [
  'admin',
  'api',
  'moten',
  'arenden',
  'sok',
  'beslutslogg',
  'arshjul',
  'feed-xml',
  'sitemap-xml',
  'robots-txt',
  'next',
  'preview',
]

const previewPath = (slug: unknown) => `/preview?path=${encodeURIComponent(`/${typeof slug === 'string' ? slug : ''}`)}`

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: 'Sida', plural: 'Sidor' },
  admin: {
    group: 'Webbplats',
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'updatedAt', '_status'],
    livePreview: { url: ({ data }) => previewPath(data?.slug) },
    preview: (data) => previewPath(data?.slug),
  },
  defaultSort: 'title',
  trash: true,
  versions: { drafts: { autosave: { interval: 800 }, schedulePublish: true }, maxPerDoc: 50 },
  access: {
    read: publishedOrStaff,
    readVersions: isStaff,
    ...editableBy('pages'),
  },
  fields: [
    { name: 'title', type: 'text', label: 'Rubrik', required: true },
    slugField({ from: 'title', reserved: RESERVED_PAGE_SLUGS }),
    { name: 'intro', type: 'textarea', label: 'Ingress' },
    { name: 'layout', type: 'blocks', label: 'Innehåll', blocks: PAGE_BLOCKS },
  ],
  hooks: {
    afterChange: [revalidatePage],
    afterDelete: [revalidateDeletedPage],
  },
}
