import { describe, expect, it } from 'vitest'

import type { ImportResponse } from '@/import/endpoint'
import {
  addCalled,
  canMergeUp,
  draftFromPreview,
  draftProblem,
  mergeIntoPrevious,
  splitItem,
  toCorrections,
  updateItem,
} from './correctionDraft'

const meeting = {
  called: [
    {
      name: 'Anna Berg',
      party: 'S',
      organisation: 'Skaraborg',
      role: 'ledamot',
      title: null,
      side: 'vgk',
      group: 'kommunpolitiker',
    },
  ],
  agendaItems: [
    { index: 0, paragraphs: [], number: '1', parent: null, title: 'Öppnande', decisions: [] },
    {
      index: 1,
      paragraphs: ['Första.', 'Vårdavtal', 'Andra.'],
      number: '2',
      parent: null,
      title: 'Budget',
      decisions: ['godkänna budgeten'],
    },
    { index: 2, paragraphs: [], number: '3', parent: null, title: 'Övrigt', decisions: ['notera'] },
  ],
} as unknown as ImportResponse['meetings'][number]

describe('the correction draft of the import preview', () => {
  it('should send nothing when staff changed nothing', () => {
    expect(toCorrections(draftFromPreview(meeting))).toEqual({})
  })

  it('should merge an item into the one above with its decisions', () => {
    const draft = mergeIntoPrevious(draftFromPreview(meeting), 2)
    expect(toCorrections(draft).items?.map((item) => [item.sources, item.title, item.decisions])).toEqual([
      [[0], 'Öppnande', []],
      [[1, 2], 'Budget', ['godkänna budgeten', 'notera']],
    ])
  })

  it('should split an item at a paragraph, titled by it, and not merge a whole item into a split-off one', () => {
    const draft = splitItem(draftFromPreview(meeting), 1, 2)
    expect(toCorrections(draft).items?.[2]).toEqual({
      sources: [],
      splitFrom: { source: 1, paragraph: 2 },
      number: null,
      parent: null,
      title: 'Vårdavtal',
      decisions: [],
    })
    expect(canMergeUp(draft, 3)).toBe(false)
    expect(mergeIntoPrevious(draft, 2).items).toHaveLength(3)
  })

  it('should say in Swedish what is missing before sending', () => {
    expect(draftProblem(updateItem(draftFromPreview(meeting), 0, { title: ' ' }))).toBe(
      'Punkt 1 i dagordningen saknar rubrik.',
    )
    expect(draftProblem(addCalled(draftFromPreview(meeting)))).toBe(
      'Kallade: en rad utan namn behöver namn, part och grupp.',
    )
  })
})
