import { describe, expect, it } from 'vitest'

import { relatedSortPaths } from './refuseRelatedSort'

describe('relatedSortPaths', () => {
  it('should find paths into other documents, however the sort is written', () => {
    expect(relatedSortPaths('agendaItems.isPublic')).toEqual(['agendaItems.isPublic'])
    expect(relatedSortPaths('-agendaItems.title')).toEqual(['agendaItems.title'])
    expect(relatedSortPaths('meeting__title')).toEqual(['meeting__title'])
    expect(relatedSortPaths('title, -meeting.title')).toEqual(['meeting.title'])
    expect(relatedSortPaths(['title', 'meeting.slug'])).toEqual(['meeting.slug'])
  })

  it('should let plain sorts through', () => {
    expect(relatedSortPaths('-startsAt')).toEqual([])
    expect(relatedSortPaths(['title', '-order'])).toEqual([])
    expect(relatedSortPaths(undefined)).toEqual([])
    expect(relatedSortPaths('')).toEqual([])
  })
})
