import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { parseDocument } from './parse'
import type { ParsedMeeting } from './schema'

/**
 * The same documents as text copied out of a PDF: no markdown, "•" bullets with a hanging indent, no blank
 * lines, every line wrapped at `width` characters (tables keep their tabs, as pdftotext keeps columns).
 */
function asPdfText(markdown: string, width: number): string {
  const out: string[] = []
  for (const raw of markdown.split('\n')) {
    if (raw.includes('\t')) {
      out.push(raw)
      continue
    }
    let line = raw
      .replace(/\*+/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\\([()])/g, '$1')
      .replace(/^\s*- /, '• ')
      .trim()
    // A wrapped bullet continues with a hanging indent, as pdftotext keeps it.
    const indent = line.startsWith('• ') ? '  ' : ''
    let first = true
    while (line.length > width) {
      const cut = line.lastIndexOf(' ', width) > 0 ? line.lastIndexOf(' ', width) : width
      out.push((first ? '' : indent) + line.slice(0, cut))
      line = line.slice(cut + 1)
      first = false
    }
    if (line) out.push((first ? '' : indent) + line)
  }
  return out.join('\n')
}

/** What must survive the trip through PDF text. Documents (links) and line numbers do not. */
function essence(meeting: ParsedMeeting | undefined) {
  if (!meeting) return null
  return {
    heading: [
      meeting.date,
      meeting.start,
      meeting.end,
      meeting.stage,
      meeting.title,
      meeting.subtitle,
      meeting.location,
    ],
    roster: meeting.roster.map((entry) => [
      entry.name,
      entry.party,
      entry.organisation,
      entry.side,
      entry.group,
      entry.role,
      entry.roleTitle,
    ]),
    guests: meeting.invitedGuests,
    attendance: meeting.attendance,
    items: meeting.agendaItems.map((item) => ({
      id: [item.number, item.parent, item.title, item.handling, item.durationMinutes, item.start, item.end],
      presenters: item.presenterDetails,
      positions: [item.proposedPosition, item.positionTaken],
      decisions: item.decisions.map((decision) => decision.text),
      dialogue: item.dialogue.map((entry) => entry.text),
    })),
    assignments: meeting.assignments.map(({ line: _line, ...rest }) => rest),
    milestones: meeting.milestones.map(({ line: _line, ...rest }) => rest),
    upcoming: meeting.upcomingMeetings.map(({ line: _line, ...rest }) => rest),
    yearPlan: meeting.yearPlan && { ...meeting.yearPlan, line: 0 },
    signatories: meeting.signatories.map(({ line: _line, ...rest }) => rest),
  }
}

describe.each(['2023-11-23-motesanteckning.md', '2025-08-21-kallelse.md', '2025-11-13-motesanteckning.md'])(
  '%s as PDF text',
  (name) => {
    const markdown = readFileSync(new URL(`../../tests/fixtures/minutes/${name}`, import.meta.url), 'utf8')
    const expected = essence(parseDocument(markdown).meetings[0])

    it.each([60, 90])('reads the same when wrapped at %i characters', (width) => {
      const result = parseDocument(asPdfText(markdown, width))
      expect(essence(result.meetings[0])).toEqual(expected)
      expect(result.warnings).toEqual([])
      expect(result.meetings[0]?.unparsed).toEqual([])
    })
  },
)
