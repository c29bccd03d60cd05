import type { CollectionBeforeChangeHook } from 'payload'

import { stampPublication } from '@/domain/publication'

export const stampPublicationDates: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (!data.publication) return data
  return {
    ...data,
    publication: {
      ...data.publication,
      ...stampPublication({ previous: originalDoc?.publication, next: data.publication, now: new Date() }),
    },
  }
}
