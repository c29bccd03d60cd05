/**
 * A ten-year archive for the page benches (issue 18): the demo content (`npm run seed`: register, the three real
 * documents, årshjul 2026, the decision log), then ten meetings a year for ten years imported from generated
 * mötesanteckningar with the importer staff use, progress notes on every assignment, some assignments reported back,
 * and content the public must not see (minutes left unpublished, hidden items).
 *
 *   node_modules/.bin/tsx bench/archive/generate.ts --dir /tmp/sro-archive [--years 10] [--per-year 10]
 *
 * Leaves DIR/archive.db (migrated, WAL) and DIR/uploads; prints what it holds as JSON. Demo logins use the password
 * ARCHIVE_PASSWORD below. About 2–4 minutes on a busy 2-core machine.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import type { Payload } from 'payload'

import { benchPayload } from '../lib/benchPayload'

import { generateDocument } from './corpus'

export const ARCHIVE_PASSWORD = 'sro-arkiv-bench-2026'

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    years: { type: 'string', default: '10' },
    'per-year': { type: 'string', default: '10' },
  },
})
if (!values.dir) throw new Error('Ange --dir <mapp> för databasen.')
const DIR = path.resolve(values.dir)
const YEARS = Number(values.years)
const PER_YEAR = Number(values['per-year'])
const FIRST_YEAR = 2025 - YEARS + 1
/** Months with a meeting (no meeting in July or, from the 11th on, December). */
const MONTHS = [0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11].slice(0, PER_YEAR)
const context = { disableRevalidate: true }

/** The second Tuesday of a month: the real meetings are on Thursdays, so no generated meeting meets one of them. */
function secondTuesday(year: number, month: number): Date {
  const first = new Date(Date.UTC(year, month, 1))
  const offset = (2 - first.getUTCDay() + 7) % 7
  return new Date(Date.UTC(year, month, 1 + offset + 7))
}

async function importMeetings(payload: Payload) {
  const { createImportRegisters, importDocument } = await import('../../src/import/write')
  const registers = createImportRegisters()
  const totals = { meetings: 0, agendaItems: 0, decisions: 0, assignments: 0 }
  let index = 0
  for (let year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year += 1) {
    for (const month of MONTHS) {
      // 10 timed items after 1, a, b, 2, 3 and a pause: 16 items; three of them give an assignment.
      const document = generateDocument(1000 + index, {
        date: secondTuesday(year, month),
        isNotice: false,
        timed: 10,
        hasAssignment: (timedIndex) => timedIndex % 3 === 1,
      })
      const outcome = await importDocument({ payload, text: document.text, fileName: document.fileName, registers })
      totals.meetings += outcome.created.meetings
      totals.agendaItems += outcome.created['agenda-items']
      totals.decisions += outcome.created.decisions
      totals.assignments += outcome.created.assignments
      index += 1
    }
  }
  return totals
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10)

/** Progress notes on every assignment (1–3), reported back a year later for the older half; some content hidden. */
async function followUp(payload: Payload) {
  const counts = { progressNotes: 0, reportedBack: 0, minutesUnpublished: 0, itemsHidden: 0, itemsInCases: 0 }
  const meetings = await payload.find({
    collection: 'meetings',
    where: { startsAt: { less_than: `${FIRST_YEAR + YEARS}-01-01` } },
    sort: 'startsAt',
    pagination: false,
    depth: 0,
    select: { startsAt: true, slug: true },
  })
  const generated = meetings.docs.filter((meeting) => meeting.startsAt >= `${FIRST_YEAR}-01-01`)
  const assignments = await payload.find({
    collection: 'assignments',
    pagination: false,
    depth: 0,
    select: { meeting: true, title: true },
  })
  const meetingStart = new Map(meetings.docs.map((meeting) => [meeting.id, meeting.startsAt]))
  for (const [index, assignment] of assignments.docs.entries()) {
    const startsAt = meetingStart.get(String(assignment.meeting))
    if (!startsAt) continue
    for (let note = 0; note < 1 + (index % 3); note += 1) {
      const date = new Date(Date.parse(startsAt) + (note + 1) * 60 * 86_400_000)
      await payload.create({
        collection: 'progress-notes',
        context,
        data: {
          assignment: assignment.id,
          date: isoDay(date),
          text: `Lägesrapport ${note + 1}: arbetsgruppen har träffats och redovisar nuläge, kostnader och tidplan (genererad).`,
        },
      })
      counts.progressNotes += 1
    }
    // Assignments older than two years: every other one reported back at the meeting a year later.
    const later = generated.find(
      (meeting) => meeting.startsAt >= new Date(Date.parse(startsAt) + 365 * 86_400_000).toISOString(),
    )
    if (index % 2 === 0 && later && later.startsAt < `${FIRST_YEAR + YEARS - 2}-01-01`) {
      const item = await payload.find({
        collection: 'agenda-items',
        where: { and: [{ meeting: { equals: later.id } }, { number: { equals: '5' } }] },
        limit: 1,
        depth: 0,
        select: { number: true },
      })
      if (item.docs[0]) {
        await payload.update({
          collection: 'assignments',
          id: assignment.id,
          context,
          data: { status: 'reported_back', reportBackItem: item.docs[0].id, reportedBackIn: item.docs[0].id },
        })
        counts.reportedBack += 1
      }
    }
  }
  // Twenty cases, one a half year, each followed by item 4 of the meetings in its half year.
  const cases: string[] = []
  for (let index = 0; index < 2 * YEARS; index += 1) {
    const year = FIRST_YEAR + Math.floor(index / 2)
    const created = await payload.create({
      collection: 'cases',
      context,
      data: {
        title: `Länsgemensam fråga ${index + 1} (${year})`,
        reference: `SRO ${year}/${String(index + 1).padStart(3, '0')}`,
        description: 'Ett ärende som följs över flera möten (genererat).',
      },
    })
    cases.push(created.id)
  }
  for (const [index, meeting] of generated.entries()) {
    const item = await payload.find({
      collection: 'agenda-items',
      where: { and: [{ meeting: { equals: meeting.id } }, { number: { equals: '4' } }] },
      limit: 1,
      depth: 0,
      select: { number: true },
    })
    const caseId = cases[Math.floor((index * cases.length) / generated.length)]
    if (item.docs[0] && caseId) {
      await payload.update({ collection: 'agenda-items', id: item.docs[0].id, context, data: { case: caseId } })
      counts.itemsInCases += 1
    }
  }
  // What the public must not see: minutes of every tenth meeting kept unpublished, one hidden item in every fifth.
  for (const [index, meeting] of generated.entries()) {
    if (index % 10 === 9) {
      await payload.update({
        collection: 'meetings',
        id: meeting.id,
        context,
        data: { publication: { isMinutesPublished: false } },
      })
      counts.minutesUnpublished += 1
    }
    if (index % 5 === 2) {
      const item = await payload.find({
        collection: 'agenda-items',
        where: { and: [{ meeting: { equals: meeting.id } }, { number: { equals: '6' } }] },
        limit: 1,
        depth: 0,
        select: { number: true },
      })
      if (item.docs[0]) {
        await payload.update({ collection: 'agenda-items', id: item.docs[0].id, context, data: { isPublic: false } })
        counts.itemsHidden += 1
      }
    }
  }
  return counts
}

async function main() {
  const file = path.join(DIR, 'archive.db')
  if (fs.existsSync(file)) throw new Error(`${file} finns redan: välj en tom mapp.`)
  fs.mkdirSync(DIR, { recursive: true })
  const { payload } = await benchPayload(file, { uploadsDir: path.join(DIR, 'uploads'), migrate: true })
  const { seed } = await import('../../src/seed')
  const started = performance.now()
  try {
    await seed({ payload, password: ARCHIVE_PASSWORD })
    const imported = await importMeetings(payload)
    const followed = await followUp(payload)
    const count = async (collection: 'meetings' | 'agenda-items' | 'decisions' | 'assignments' | 'progress-notes') =>
      (await payload.count({ collection })).totalDocs
    const report = {
      database: file,
      seconds: Math.round((performance.now() - started) / 1000),
      imported,
      ...followed,
      totals: {
        meetings: await count('meetings'),
        agendaItems: await count('agenda-items'),
        decisions: await count('decisions'),
        assignments: await count('assignments'),
        progressNotes: await count('progress-notes'),
        cases: (await payload.count({ collection: 'cases' })).totalDocs,
        people: (await payload.count({ collection: 'people' })).totalDocs,
      },
    }
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  } finally {
    await payload.destroy()
  }
}

await main()
