import type { CollectionConfig } from 'payload'

import { editableBy, staffOrWhere } from '@/access'
import { uploadsDir } from '@/config/paths'
import { MAX_TEXT_CHARS } from '@/extract/limits'
import { ALLOWED_MIME_TYPES } from './fileRules'
import { fingerprint } from './hooks/fingerprint'
import { storeUnderDetectedExtension } from './hooks/storedExtension'
import { revalidateArchive } from '@/lib/revalidate'
import { dayAndTime, dayOnly } from '@/fields/dates'

export const ATTACHMENT_CATEGORIES = [
  { label: 'Kallelse', value: 'kallelse' },
  { label: 'Mötesanteckning', value: 'motesanteckning' },
  { label: 'Beslutsunderlag', value: 'beslutsunderlag' },
  { label: 'Bilaga', value: 'bilaga' },
  { label: 'Presentation', value: 'presentation' },
  { label: 'Remissbrev', value: 'remissbrev' },
  { label: 'Remissförslag', value: 'remissforslag' },
  { label: 'Avtalsförslag', value: 'avtalsforslag' },
  { label: 'Rapport', value: 'rapport' },
  { label: 'Övrigt', value: 'ovrigt' },
] as const

export const Attachments: CollectionConfig = {
  slug: 'attachments',
  labels: { singular: 'Dokument', plural: 'Dokument' },
  admin: {
    group: 'Möten',
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'documentDate', 'isPublic', 'releasedAt', 'filesize'],
    listSearchableFields: ['title', 'filename'],
    description:
      'PDF, Word, Excel och PowerPoint, högst 50 MB. Dokument blir publika först när en publicerad kallelse länkar till dem.',
  },
  defaultSort: '-documentDate',
  trash: true,
  access: {
    read: staffOrWhere({ and: [{ isPublic: { equals: true } }, { releasedAt: { exists: true } }] }),
    ...editableBy('attachments'),
  },
  upload: {
    staticDir: `${uploadsDir()}/attachments`,
    mimeTypes: [...ALLOWED_MIME_TYPES],
    pasteURL: false,
    modifyResponseHeaders: ({ headers }) => {
      headers.set('X-Content-Type-Options', 'nosniff')
      return headers
    },
  },
  fields: [
    { name: 'title', type: 'text', label: 'Titel', required: true },
    {
      name: 'category',
      type: 'select',
      label: 'Typ av dokument',
      required: true,
      defaultValue: 'bilaga',
      options: [...ATTACHMENT_CATEGORIES],
    },
    { name: 'documentDate', type: 'date', label: 'Dokumentets datum', admin: { date: dayOnly } },
    {
      name: 'isPublic',
      type: 'checkbox',
      label: 'Får publiceras',
      defaultValue: true,
      admin: {
        position: 'sidebar',
        description: 'Avmarkera för interna dokument. Publika dokument syns när kallelsen publiceras.',
      },
    },
    {
      name: 'releasedAt',
      type: 'date',
      label: 'Publicerat',
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: dayAndTime,
        description: 'Sätts när en publicerad kallelse först länkar till dokumentet.',
      },
    },
    { name: 'sha256', type: 'text', label: 'SHA-256', index: true, admin: { position: 'sidebar', readOnly: true } },
    // Read from the file at upload, for full-text search; as long as extraction keeps (Payload's default is 40 000).
    {
      name: 'textContent',
      type: 'textarea',
      label: 'Text i dokumentet',
      maxLength: MAX_TEXT_CHARS,
      admin: { hidden: true },
    },
  ],
  hooks: {
    // The stored name takes the extension of the type the bytes have (x.html holding a PDF becomes x.pdf).
    beforeOperation: [storeUnderDetectedExtension],
    afterChange: [revalidateArchive],
    afterDelete: [revalidateArchive],
    beforeChange: [fingerprint],
  },
}
