import { describe, expect, it } from 'vitest'

import type { ParsedAgendaItem } from '../schema'
import { approvedMinutesOf } from './approvedMinutes'

const item = (over: Partial<ParsedAgendaItem>): ParsedAgendaItem =>
  ({
    number: '3',
    parent: null,
    title: 'Föregående mötesanteckning',
    documents: [],
    decisions: [],
    positionTaken: null,
    line: 10,
    ...over,
  }) as ParsedAgendaItem

const approval = (text: string) => [{ number: 1, text, kind: 'godkanner' as const, line: 12 }]

describe('the approval of earlier minutes', () => {
  it('should take the date of the minutes the item names', () => {
    expect(
      approvedMinutesOf([
        item({
          documents: [{ title: '2025-10-16 Mötesanteckning SRO, per capsulam', inArchive: null }],
          decisions: approval('Föregående mötesanteckningar godkänns.'),
        }),
      ]),
    ).toEqual({ date: '2025-10-16', line: 12 })
  })

  it('should mean the previous meeting when no minutes are named', () => {
    expect(approvedMinutesOf([item({ decisions: approval('Protokollet godkändes.') })])).toEqual({
      date: null,
      line: 12,
    })
  })

  it('should find nothing when the item only lists earlier minutes or approves something else', () => {
    expect(
      approvedMinutesOf([item({ documents: [{ title: '2023-05-03 Mötesanteckning SRO', inArchive: null }] })]),
    ).toBeNull()
    expect(
      approvedMinutesOf([
        item({ title: 'Godkännande av dagens agenda', decisions: approval('Dagens agenda godkänns.') }),
      ]),
    ).toBeNull()
  })

  it('should take the latest of several named minutes', () => {
    expect(
      approvedMinutesOf([
        item({
          documents: [
            { title: '2023-05-03 Mötesanteckning SRO', inArchive: null },
            { title: '2023-05-22 Mötesanteckning SRO - ordförandebeslut', inArchive: null },
          ],
          positionTaken: 'Mötesanteckningarna godkändes.',
        }),
      ])?.date,
    ).toBe('2023-05-22')
  })
})
