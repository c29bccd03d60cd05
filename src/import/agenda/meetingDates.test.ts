import { describe, expect, it } from 'vitest'

import { meetingDatesIn, meetingDatesLabel, meetingDatesModeForTitle } from './meetingDates'

describe("lists of next meetings' dates", () => {
  it('should read every date of a line that starts with one, and what else it says', () => {
    expect(meetingDatesIn('19 mars, 4 juni')).toEqual({
      dates: [
        { year: null, month: 3, day: 19, index: 0, text: '19 mars' },
        { year: null, month: 6, day: 4, index: 9, text: '4 juni' },
      ],
      note: null,
    })
    expect(meetingDatesIn('2026-03-19 (digitalt)')?.note).toBe('digitalt')
    expect(meetingDatesIn('Mötet flyttas till 19 mars')).toBeNull()
  })

  it('should read a label over the dates: its kind and clock times', () => {
    expect(meetingDatesLabel('Presidieavstämning kl. 8-9:')).toEqual({
      text: 'Presidieavstämning kl. 8-9',
      kind: 'presidieavstamning',
      start: '08:00',
      end: '09:00',
    })
    expect(meetingDatesLabel('SRO-möte (på BHU-presidiedagar), kl. 13-15.30')).toEqual({
      text: 'SRO-möte (på BHU-presidiedagar), kl. 13-15.30',
      kind: 'ordinarie',
      start: '13:00',
      end: '15:30',
    })
    expect(meetingDatesLabel('Övrigt:')).toBeNull()
  })

  it('should read the body of an item titled "Mötesdatum …" as dates, with the year of its title', () => {
    expect(meetingDatesModeForTitle('Mötesdatum för SRO år 2024')).toEqual({
      kind: 'meetingDates',
      year: 2024,
      heading: null,
      found: 0,
      label: null,
    })
    expect(meetingDatesModeForTitle('Information från Västkom')).toBeNull()
  })
})
