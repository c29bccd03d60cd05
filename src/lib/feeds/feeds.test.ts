import { describe, expect, it } from 'vitest'

import { buildAtomFeed, escapeXml } from './atom'
import { buildCalendar, escapeText, foldLine, uriValue } from './ical'

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
        {
          uid: 'm1@sro',
          start: '2025-11-13T12:00:00.000Z',
          end: '2025-11-13T14:00:00.000Z',
          summary: 'SRO möte 13 november 2025',
          location: 'Regionens Hus, Göteborg',
          url: 'https://sro.example/moten/2025-11-13',
        },
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

describe('iCal with hostile text', () => {
  const HOSTILE = [
    'Rum 1\rATTENDEE:mailto:evil@example.org',
    'Rum 1\nBEGIN:VALARM',
    'Rum 1\r\nX-EVIL:1',
    'a\u2028b',
    'nul\u0000byte\u001b[31m',
    'back\\slash;semi,comma',
  ]

  it('should turn every line break into \\n and drop other control characters', () => {
    expect(escapeText('a\rb')).toBe('a\\nb')
    expect(escapeText('a\r\nb\nc')).toBe('a\\nb\\nc')
    expect(escapeText('nul\u0000byte\u001b')).toBe('nulbyte')
    expect(escapeText('tab\tkept')).toBe('tab\tkept')
    expect(escapeText('back\\slash;semi,comma')).toBe('back\\\\slash\\;semi\\,comma')
    expect(uriValue('https://sro.example/moten/x\r\nX-EVIL:1')).toBe('https://sro.example/moten/xX-EVIL:1')
  })

  it('should keep each hostile value on its own property, folded to 75 octets', () => {
    const text = buildCalendar({
      name: 'SRO\rX-EVIL:1',
      now: new Date('2026-01-01T00:00:00Z'),
      events: HOSTILE.map((value, index) => ({
        uid: `m${index}\r\nX-EVIL:1@sro`,
        start: '2026-03-19T12:00:00.000Z',
        summary: value.repeat(5),
        location: value,
        description: value,
        url: `https://sro.example/${value}`,
      })),
    })
    const lines = text.split('\r\n')
    // Only CRLF ends a line; no CR or LF stands alone anywhere.
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of lines) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75)
    const unfolded = text.replace(/\r\n /g, '').split('\r\n')
    expect(unfolded.filter((line) => /^(ATTENDEE|X-EVIL|BEGIN:VALARM)/.test(line))).toEqual([])
    expect(unfolded).toContain('LOCATION:Rum 1\\nATTENDEE:mailto:evil@example.org')
  })
})

describe('Atom', () => {
  it('escapes XML and lists entries', () => {
    expect(escapeXml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;')
    const feed = buildAtomFeed({
      title: 'SRO',
      siteUrl: 'https://sro.example/',
      feedUrl: 'https://sro.example/feed.xml',
      entries: [
        {
          id: 'urn:x',
          title: 'Kallelse & möte',
          url: 'https://sro.example/moten/2025-11-13',
          updated: '2025-11-06T08:00:00.000Z',
        },
      ],
    })
    expect(feed).toContain('<title>Kallelse &amp; möte</title>')
    expect(feed).toContain('<updated>2025-11-06T08:00:00.000Z</updated>')
  })
})
