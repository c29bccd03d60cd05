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

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A unique slug field, filled from `from` when left empty; `reserved` slugs belong to routes of the site. */
export const slugField = ({ from, reserved = [] }: { from: string; reserved?: readonly string[] }): TextField => ({
  name: 'slug',
  type: 'text',
  label: 'Webbadress (slug)',
  unique: true,
  index: true,
  admin: { position: 'sidebar', description: 'Fylls i automatiskt från titeln om den lämnas tom.' },
  validate: (value: string | null | undefined) => {
    if (!value) return true
    if (!SLUG_PATTERN.test(value)) return 'Endast små bokstäver a–z, siffror och bindestreck.'
    return !reserved.includes(value) || `Adressen /${value} används redan av arkivet.`
  },
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
