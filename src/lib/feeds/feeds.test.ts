import { describe, expect, it } from 'vitest'

import { buildAtomFeed, escapeXml } from './atom'
import { buildCalendar, escapeText, foldLine } from './ical'

describe('iCal', () => {
  it('escapes text and folds long lines without splitting characters', () => {
    expect(escapeText('Regionens Hus, Göteborg; lokal\nLejonet')).toBe('Regionens Hus\\, Göteborg\\; lokal\\nLejonet')
    const folded = foldLine(`SUMMARY:${'å'.repeat(60)}`)
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'å'.repeat(60)}`)
  })

  it('builds a calendar with UTC times, location, link and cancelled meetings', () => {
    const text = buildCalendar({
      name: 'SRO möten',
      now: new Date('2026-01-01T00:00:00Z'),
      events: [
        { uid: 'm1@sro', start: '2025-11-13T12:00:00.000Z', end: '2025-11-13T14:00:00.000Z', summary: 'SRO möte 13 november 2025', location: 'Regionens Hus, Göteborg', url: 'https://sro.example/moten/2025-11-13' },
        { uid: 'm2@sro', start: '2026-03-19T12:00:00.000Z', summary: 'SRO möte', isCancelled: true },
      ],
    })
    expect(text).toContain('DTSTART:20251113T120000Z\r\nDTEND:20251113T140000Z')
    expect(text).toContain('LOCATION:Regionens Hus\\, Göteborg')
    expect(text).toContain('URL:https://sro.example/moten/2025-11-13')
    expect(text).toContain('SUMMARY:INSTÄLLT: SRO möte\r\n')
    expect(text).toContain('STATUS:CANCELLED')
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
  })
})

describe('Atom', () => {
  it('escapes XML and lists entries', () => {
    expect(escapeXml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;')
    const feed = buildAtomFeed({
      title: 'SRO',
      siteUrl: 'https://sro.example/',
      feedUrl: 'https://sro.example/feed.xml',
      entries: [{ id: 'urn:x', title: 'Kallelse & möte', url: 'https://sro.example/moten/2025-11-13', updated: '2025-11-06T08:00:00.000Z' }],
    })
    expect(feed).toContain('<title>Kallelse &amp; möte</title>')
    expect(feed).toContain('<updated>2025-11-06T08:00:00.000Z</updated>')
  })
})
