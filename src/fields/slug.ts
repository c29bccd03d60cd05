import type { TextField } from 'payload'

/** A URL-safe slug: Swedish letters folded (å→a, ä→a, ö→o), lower case, dashes. */
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
}

/** A unique slug field, filled from `from` when left empty. */
export const slugField = ({ from }: { from: string }): TextField => ({
  name: 'slug',
  type: 'text',
  label: 'Webbadress (slug)',
  unique: true,
  index: true,
  admin: { position: 'sidebar', description: 'Fylls i automatiskt från titeln om den lämnas tom.' },
  validate: (value: string | null | undefined) =>
    !value || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) || 'Endast små bokstäver a–z, siffror och bindestreck.',
  hooks: {
    beforeValidate: [
      ({ value, data }) => {
        if (typeof value === 'string' && value.trim()) return slugify(value)
        const source = data?.[from]
        return typeof source === 'string' ? slugify(source) : value
      },
    ],
  },
})
