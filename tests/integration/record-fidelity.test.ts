/**
 * Record fidelity (issue 15) on the three real documents, imported by the demo seed (register first, so today's
 * members exist): what the public meeting page prints under "Kallade" and as item times, read through the page's own
 * data function and components, against facts taken from each document by hand.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../src/seed'
import type { AgendaItemView as AgendaItemComponent } from '../../src/components/public/AgendaItemView'
import type { Roster as RosterComponent } from '../../src/components/public/Roster'
import type { PublicAgendaItem, getMeeting as GetMeetingFn } from '../../src/lib/public/meetings'
import { type TestPayload, startTestPayload } from '../helpers/payload'

let test: TestPayload
let getMeeting: typeof GetMeetingFn
let Roster: typeof RosterComponent
let AgendaItemView: typeof AgendaItemComponent
const context = { disableRevalidate: true }

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const fixture = (name: string) => readFileSync(path.join(root, 'tests/fixtures/minutes', name), 'utf8')

/** Headings and notes of a printed list of those called: everything in it that is not a person. */
const NOT_A_NAME = /^(För |Kommunpolitiker|Regionpolitiker|Tjänstepersoner|Administration|Kommunikation|Adjungerade|Vakant|Kallade:|Inbjudna:|Politiskt|Västra Götalands 49|Datum:|Tid:|Mötesform:|Mötesanteckning|Kallelse)/u

/**
 * The names the document prints between "Kallade:" and "Dagordning", read independently of the importer: a name is
 * what precedes the first " (" or ","; a wrapped line (starting in lower case) continues the previous one.
 */
function calledInDocument(name: string): string[] {
  const text = fixture(name)
  const lines = text.slice(text.indexOf('Kallade:'), text.indexOf('\nDagordning')).split('\n').map((line) => line.trim()).filter(Boolean)
  return lines
    .filter((line) => !NOT_A_NAME.test(line) && !/^[a-zåäö]/u.test(line))
    .map((line) => line.replace(/\*\*/g, '').split(/ \(|,/u)[0]!.trim())
}

/** The names under "Kallade" in the page's markup (Roster.tsx prints one line per person, name first). */
async function calledOnPage(slug: string): Promise<string[]> {
  const data = (await getMeeting(slug))!
  const html = renderToStaticMarkup(createElement(Roster, { roster: data.roster }))
  return [...html.matchAll(/<li>([^<]*)<\/li>/g)].map((match) => match[1]!.replace(/&#x27;/g, "'").split(/ \(|,/u)[0]!.trim())
}

function flatten(items: PublicAgendaItem[]): PublicAgendaItem[] {
  return items.flatMap((item) => [item, ...flatten(item.children)])
}

/** Each item's printed clock time, from the markup AgendaItemView renders (its own meta line, before any sub-item). */
async function itemTimes(slug: string): Promise<Record<string, string | null>> {
  const data = (await getMeeting(slug))!
  return Object.fromEntries(
    flatten(data.items).map((item) => {
      const html = renderToStaticMarkup(createElement(AgendaItemView, { item: { ...item, children: [] }, stage: data.stage }))
      const meta = /<p class="meta">([^<]*)<\/p>/.exec(html)?.[1] ?? ''
      return [item.label, /(planerad tid )?kl\. [\d.–]+/u.exec(meta)?.[0] ?? null]
    }),
  )
}

beforeAll(async () => {
  test = await startTestPayload()
  await seed({ payload: test.payload, password: 'demo-password-123' })
  ;({ getMeeting } = await import('../../src/lib/public/meetings'))
  ;({ Roster } = await import('../../src/components/public/Roster'))
  ;({ AgendaItemView } = await import('../../src/components/public/AgendaItemView'))
})
afterAll(async () => test?.cleanup())

describe('Kallade: each meeting shows its own list', () => {
  it.each([
    ['2023-11-23', '2023-11-23-motesanteckning.md', 24, ['Kristina Lännergren', 'Susanna Cassberg', 'Tobias Hellström']],
    ['2025-08-21', '2025-08-21-kallelse.md', 26, ['Erik Lindskog', 'Lena Holmlund', 'Johanna Karlsson Deucher', 'Tobias Hellström', 'Susanna Cassberg', 'Sebastian Aronsson']],
    ['2025-11-13', '2025-11-13-motesanteckning.md', 30, ['Erik Lindskog', 'Monika Beiring', 'Angela Olausson', 'Lena Holmlund', 'Johanna Karlsson Deucher']],
  ] as const)('should show on %s exactly the names its document lists', async (slug, file, count, notInDocument) => {
    const expected = calledInDocument(file)
    expect(expected).toHaveLength(count)
    const shown = await calledOnPage(slug)
    expect(new Set(shown)).toEqual(new Set(expected))
    expect(shown.filter((name) => !expected.includes(name))).toEqual([])
    for (const name of notInDocument) expect(shown).not.toContain(name)
  })

  it('should keep the list as printed: side, group, role and organisation as written', async () => {
    const data = (await getMeeting('2023-11-23'))!
    const lines = data.roster.flatMap((section) => section.groups.flatMap((group) => group.members.map((member) => `${section.side}/${group.group}: ${member.personName}, ${member.roleTitle || member.organisationName}, ${member.role}`)))
    expect(lines).toContain('vgk/kommunpolitiker: Peter Eriksson, Fyrbodalsregionen, ledamot')
    expect(lines).toContain('vgr/regionpolitiker: Helén Eliasson, ordförande Regionstyrelsen, ordforande')
    expect(lines).toContain('vgr/administration: Johanna Karlsson Deucher, undefined, sekreterare')
  })
})

describe('item times: only those the document or staff set', () => {
  it('should print no clock time on 2023-11-23, whose document gives durations only', async () => {
    const times = await itemTimes('2023-11-23')
    expect(Object.values(times).filter(Boolean)).toEqual([])
  })

  it("should print 2025-08-21's own times", async () => {
    const times = await itemTimes('2025-08-21')
    expect(times).toMatchObject({ '4': 'kl. 13.35–14.15', '5': 'kl. 14.15–14.25', '6': 'kl. 14.35–14.45', '9': 'kl. 15.15–15.30' })
  })

  it('should mark a computed time in a kallelse as planned', async () => {
    const { payload } = test
    const meeting = await payload.create({
      collection: 'meetings',
      context,
      data: { body: 'SRO', kind: 'ordinarie', state: 'planned', startsAt: '2027-03-18T12:00:00.000Z', startsAt_tz: 'Europe/Stockholm', publication: { isNoticePublished: true }, _status: 'published' },
    })
    await payload.create({ collection: 'agenda-items', context, data: { meeting: meeting.id, number: '1', order: 10, title: 'Öppnande', durationMinutes: 15, _status: 'published' } })
    const times = await itemTimes(meeting.slug!)
    expect(times['1']).toBe('planerad tid kl. 13.00–13.15')
  })
})
