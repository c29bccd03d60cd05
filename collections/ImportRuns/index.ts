import type { CollectionConfig } from 'payload'

import { isAdmin, isStaff, nobody } from '@/access'
import { MAX_TEXT_CHARS } from '@/extract/limits'
import { dayAndTime } from '@/fields/dates'

export const IMPORT_STAGES = [
  { label: 'Kallelse', value: 'notice' },
  { label: 'Mötesanteckning', value: 'minutes' },
] as const

/**
 * Importer: one row for each import that changed the archive, with its warnings (line numbers in the source), so
 * that what the importer could not read is never lost. Staff only; written by the importer, never edited.
 * Kept apart from the meeting: noting an import is one small insert, not one more version of the meeting.
 */
export const ImportRuns: CollectionConfig = {
  slug: 'import-runs',
  labels: { singular: 'Import', plural: 'Importer' },
  admin: {
    group: 'Möten',
    useAsTitle: 'fileName',
    defaultColumns: ['fileName', 'importedAt', 'stage', 'meetings', 'changes', 'importedBy'],
    description:
      'Varje import som ändrade arkivet, med varningarna (radnummer i källdokumentet). Nya importer görs under ”Importera dokument”.',
  },
  defaultSort: '-importedAt',
  access: {
    read: isStaff,
    create: nobody,
    update: nobody,
    delete: isAdmin,
  },
  fields: [
    {
      name: 'importedAt',
      type: 'date',
      label: 'Importerad',
      required: true,
      index: true,
      admin: { readOnly: true, date: dayAndTime },
    },
    { name: 'fileName', type: 'text', label: 'Fil', required: true, admin: { readOnly: true } },
    { name: 'stage', type: 'select', label: 'Dokument', options: [...IMPORT_STAGES], admin: { readOnly: true } },
    {
      name: 'meetings',
      type: 'relationship',
      label: 'Möten',
      relationTo: 'meetings',
      hasMany: true,
      index: true,
      admin: { readOnly: true },
    },
    { name: 'changes', type: 'text', label: 'Ändringar', admin: { readOnly: true } },
    { name: 'warnings', type: 'textarea', label: 'Varningar', admin: { readOnly: true } },
    {
      name: 'sourceText',
      type: 'textarea',
      label: 'Källtext',
      // As long as extraction keeps (Payload's default is 40 000: a 14-page document's text).
      maxLength: MAX_TEXT_CHARS,
      admin: {
        readOnly: true,
        rows: 12,
        description: 'Texten som lästes in (för .docx och PDF texten ur filen). Radnumren i varningarna räknas i den.',
      },
    },
    {
      name: 'importedBy',
      type: 'relationship',
      label: 'Importerad av',
      relationTo: 'users',
      admin: { readOnly: true, description: 'Tomt när importen kördes från kommandoraden.' },
    },
  ],
}
