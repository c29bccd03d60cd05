import type { Field } from 'payload'

/**
 * Other spellings of a name as they occur in documents ("Helén Eliasson", "Fyrbodalsregionen"),
 * plus a hidden text copy kept in step so that admin search and the importer find every spelling.
 */
export const aliasFields = ({ description }: { description: string }): Field[] => [
  {
    name: 'aliases',
    type: 'array',
    label: 'Andra stavningar',
    admin: { description },
    labels: { singular: 'Stavning', plural: 'Stavningar' },
    fields: [{ name: 'alias', type: 'text', label: 'Stavning', required: true }],
  },
  {
    name: 'aliasesText',
    type: 'text',
    admin: { hidden: true },
    hooks: {
      beforeChange: [
        ({ siblingData }) =>
          ((siblingData.aliases as { alias?: string }[] | undefined) ?? [])
            .map((row) => row.alias)
            .filter(Boolean)
            .join(' | '),
      ],
    },
  },
]
