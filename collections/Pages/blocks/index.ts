import type { Block } from 'payload'

import { linkUrlField } from '@/fields/linkTarget'

export const RichTextBlock: Block = {
  slug: 'richText',
  labels: { singular: 'Text', plural: 'Text' },
  fields: [{ name: 'content', type: 'richText', label: 'Text', required: true }],
}

export const LinkListBlock: Block = {
  slug: 'linkList',
  labels: { singular: 'Länklista', plural: 'Länklistor' },
  fields: [
    { name: 'heading', type: 'text', label: 'Rubrik' },
    {
      name: 'links',
      type: 'array',
      label: 'Länkar',
      labels: { singular: 'Länk', plural: 'Länkar' },
      minRows: 1,
      fields: [{ name: 'label', type: 'text', label: 'Text', required: true }, linkUrlField()],
    },
  ],
}

export const ContactBlock: Block = {
  slug: 'contact',
  labels: { singular: 'Kontakt', plural: 'Kontakter' },
  fields: [
    { name: 'heading', type: 'text', label: 'Rubrik', defaultValue: 'Kontakt' },
    { name: 'people', type: 'relationship', label: 'Personer', relationTo: 'people', hasMany: true },
    { name: 'text', type: 'textarea', label: 'Text' },
  ],
}

export const PAGE_BLOCKS = [RichTextBlock, LinkListBlock, ContactBlock]
