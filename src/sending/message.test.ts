import { describe, expect, it } from 'vitest'

import { meetingMessage } from './message'

const meeting = {
  title: 'SRO möte 13 november 2025',
  date: '13 november 2025',
  time: '13.00–15.30',
  location: 'Regionens Hus, Vänersborg',
  form: 'Hybrid',
  isCancelled: false,
}

describe('meetingMessage', () => {
  it('should give a kallelse a Swedish subject and the meeting essentials, the page address and the file name', () => {
    const { subject, text } = meetingMessage({
      kind: 'kallelse',
      meeting,
      pageUrl: 'https://sro.example/moten/2025-11-13',
      attachmentName: 'kallelse-sro-2025-11-13.pdf',
      senderName: 'Mötessekreterare',
    })
    expect(subject).toBe('Kallelse: SRO möte 13 november 2025')
    for (const line of [
      'Du kallas till SRO möte 13 november 2025.',
      'Datum: 13 november 2025',
      'Tid: 13.00–15.30',
      'Plats: Regionens Hus, Vänersborg',
      'Mötesform: Hybrid',
      'Bifogad fil: kallelse-sro-2025-11-13.pdf',
      'https://sro.example/moten/2025-11-13',
      'Mötessekreterare',
    ])
      expect(text).toContain(line)
  })

  it('should word a mötesanteckning and a cancelled meeting for what they are, and leave out unknown facts', () => {
    const minutes = meetingMessage({
      kind: 'motesanteckning',
      meeting: { ...meeting, location: null, form: null },
      pageUrl: 'u',
      attachmentName: 'f.pdf',
      senderName: 's',
    })
    expect(minutes.subject).toBe('Mötesanteckning: SRO möte 13 november 2025')
    expect(minutes.text).toContain('Mötesanteckningen från SRO möte 13 november 2025 finns bifogad.')
    expect(minutes.text).not.toContain('Plats:')
    expect(minutes.text).not.toContain('Mötesform:')
    const cancelled = meetingMessage({
      kind: 'kallelse',
      meeting: { ...meeting, isCancelled: true },
      pageUrl: 'u',
      attachmentName: 'f.pdf',
      senderName: 's',
    })
    expect(cancelled.text).toContain('är inställt')
  })
})
