/**
 * Older documents (issue 15): the three older-style test documents (two Word-like PDFs built with PDFKit and read by
 * the app's own PDF extraction, one pdftotext -layout text) give at least 90 % of their facts as structure, in the
 * dry-run result and in the records written; and the import preview's corrections (POST /api/import with
 * `corrections`) are imported as corrected, while a malformed correction is refused in Swedish and writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ImportResponse } from '@/import/endpoint'
import { readImportSource } from '@/import/source'
import { importDocument } from '@/import/write'
import type { User } from '@/payload-types'
import { checkFacts, olderDocuments, type OlderDocument } from '../fixtures/older'
import { agendaItemsOf, meetingsOnDate, rowCounts, seedRegister } from '../helpers/importer'
import type * as Http from '../helpers/http'
import { type TestPayload, startTestPayload } from '../helpers/payload'
import { TEST_PASSWORD, createRoleUsers } from '../helpers/users'

let test: TestPayload
let http: typeof Http
let headers: Record<string, string>
let documents: OlderDocument[]

beforeAll(async () => {
  test = await startTestPayload()
  await seedRegister({ payload: test.payload })
  const users: Record<string, User> = await createRoleUsers(test.payload)
  expect(users.sekreterare).toBeTruthy()
  http = await import('../helpers/http')
  headers = await http.loginHeaders('sekreterare@test.example', TEST_PASSWORD)
  documents = await olderDocuments()
})
afterAll(async () => test?.cleanup())

function post(document: OlderDocument, options: Record<string, unknown>) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(document.data)], { type: 'application/octet-stream' }), document.name)
  form.append('_payload', JSON.stringify(options))
  return http.api('POST', '/import', { body: form, headers })
}

const byName = (name: string) => documents.find((document) => document.name === name) as OlderDocument

describe('older documents as structure', () => {
  it('should give at least 90 % of each document’s facts in the dry-run result', async () => {
    const figures: string[] = []
    for (const document of documents) {
      const { text, sourceFile } = await readImportSource({ name: document.name, data: document.data })
      const outcome = await importDocument({ text, fileName: document.name, sourceFile, dryRun: true })
      const report = checkFacts(outcome.result.meetings[0], document.facts)
      figures.push(`${document.name}: ${report.held}/${report.total} (${(report.share * 100).toFixed(1)} %)`)
      expect(report.missed, document.name).toEqual(expect.any(Array))
      expect(report.share, `${document.name} missed ${JSON.stringify(report.missed)}`).toBeGreaterThanOrEqual(0.9)
    }
    console.info(`Older documents, facts as structure:\n  ${figures.join('\n  ')}`)
  })

  it('should write the roster, attendance and decisions of the PDF minutes, and nothing from page furniture', async () => {
    const response = await post(byName('2022-03-17-motesanteckning.pdf'), { confirm: true })
    expect(response.status, response.text).toBe(200)
    const [meeting] = await meetingsOnDate({ payload: test.payload, date: '2022-03-17' })
    expect(meeting?.called?.map((row) => `${row.name}/${row.side}/${row.group}`)).toHaveLength(17)
    expect(meeting?.called?.find((row) => row.name === 'Fredrik Sjölund')).toMatchObject({
      side: 'vgr',
      group: 'tjansteperson',
    })
    expect(meeting?.invitedGuests?.map((guest) => guest.name ?? '')).toContain('Ramböll Sverige AB')
    const items = await agendaItemsOf({ payload: test.payload, meetingId: meeting!.id })
    expect(items.map((item) => item.title)).toHaveLength(8)
    expect(items.some((item) => /Sida|2022-03-17/u.test(item.title ?? ''))).toBe(false)
    const decisions = await test.payload.find({
      collection: 'decisions',
      where: { agendaItem: { in: items.map((item) => item.id) } },
      pagination: false,
    })
    expect(decisions.docs.map((decision) => decision.text).sort()).toEqual(
      [
        'ge beredningen i uppdrag att ta fram en plan för uppföljning till mötet i juni 2022',
        'godkänna överenskommelsen om digital vård och omsorg',
        'rekommendera huvudmännen att anta strategin under hösten 2022',
        'ställa sig bakom det gemensamma remissvaret',
        'Dagordningen godkänns.',
        'Föregående mötesanteckning godkänns.',
      ].sort(),
    )
    const people = await test.payload.find({ collection: 'people', where: { name: { like: 'Sida' } } })
    expect(people.totalDocs).toBe(0)
  })
})

describe('corrections in the import preview', () => {
  const kallelse = () => byName('2021-09-23-kallelse.pdf')

  it('should offer each item with its index and paragraphs, the list of those called and the register', async () => {
    const response = await post(kallelse(), { confirm: false })
    expect(response.status, response.text).toBe(200)
    const body = response.json() as ImportResponse
    expect(body.meetings[0]?.agendaItems.map((item) => item.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    expect(body.meetings[0]?.called).toHaveLength(16)
    expect(body.register?.map((person) => person.name)).toContain('Helen Eliasson')
    expect(body.people?.find((row) => row.name === 'Göran Falk')?.match).toBe('new')
  })

  it('should import the corrected titles, items, decisions and list of those called', async () => {
    const minutes = byName('2020-10-15-minnesanteckningar.txt')
    const preview = (await post(minutes, { confirm: false })).json() as ImportResponse
    const parsed = preview.meetings[0]!
    const items = parsed.agendaItems.map((item) => ({
      sources: [item.index],
      number: item.number,
      parent: item.parent,
      title: item.title,
      decisions: item.decisions,
    }))
    // Item 3 gets a new title; item 5 is merged into item 4, whose decisions are edited, one removed, one added.
    items[2]!.title = 'Samverkan kring äldres hälsa och vård'
    items[3] = {
      ...items[3]!,
      sources: [3, 4],
      decisions: ['ställa sig bakom ansvarsfördelningen', 'följa upp läget i kommunerna vid nästa möte'],
    }
    items.splice(4, 1)
    const called = parsed.called
      .filter((row) => row.name !== 'Stefan Karlberg')
      .map((row) => ({ ...row, side: row.side!, group: row.group! }))
    called.push({
      name: 'Lena Ahl',
      party: 'S',
      organisation: 'Fyrbodal',
      title: null,
      side: 'vgk',
      group: 'kommunpolitiker',
      role: 'ledamot',
    })
    const response = await post(minutes, { confirm: true, corrections: { items, called } })
    expect(response.status, response.text).toBe(200)

    const [meeting] = await meetingsOnDate({ payload: test.payload, date: '2020-10-15' })
    const stored = await agendaItemsOf({ payload: test.payload, meetingId: meeting!.id })
    expect(stored.map((item) => `${item.number} ${item.title}`)).toEqual([
      '1 Mötets öppnande',
      '2 Val av justerare',
      '3 Samverkan kring äldres hälsa och vård',
      '4 Hemsjukvård – revidering av ansvarsfördelningen',
      '6 Övriga frågor',
      '7 Mötets avslutande',
    ])
    const decisions = await test.payload.find({
      collection: 'decisions',
      where: { agendaItem: { equals: stored[3]!.id } },
      sort: 'number',
      draft: true,
    })
    expect(decisions.docs.map((decision) => decision.text)).toEqual([
      'ställa sig bakom ansvarsfördelningen',
      'följa upp läget i kommunerna vid nästa möte',
    ])
    expect(meeting?.called?.map((row) => row.name)).toContain('Lena Ahl')
    expect(meeting?.called?.map((row) => row.name)).not.toContain('Stefan Karlberg')
    expect(meeting?.called).toHaveLength(12)
  })

  it('should refuse malformed corrections in Swedish and write nothing', async () => {
    const document = kallelse()
    const before = await rowCounts({ payload: test.payload })
    const cases: [unknown, number, RegExp][] = [
      [
        { items: [{ sources: [0], number: '1', parent: null, title: '', decisions: [] }] },
        400,
        /Rubriken får inte vara tom/u,
      ],
      [
        { called: [{ name: 'Anna Berg', side: 'mitten' }] },
        400,
        /Rättelserna kunde inte användas: .*Ogiltigt värde för part \(VGK eller VGR\) på rad 1/u,
      ],
      [
        { items: [{ sources: [0], number: '1', parent: null, title: 'Mötets öppnande', decisions: [] }] },
        400,
        /saknar punkt 2 \(Godkännande av dagordningen\)/u,
      ],
      [{ items: [], junk: 'x'.repeat(300_000) }, 413, /för stora/u],
    ]
    for (const [corrections, status, message] of cases) {
      const response = await post(document, { confirm: true, corrections })
      expect(response.status, response.text).toBe(status)
      expect((response.json() as { error: string }).error).toMatch(message)
    }
    expect(await rowCounts({ payload: test.payload })).toEqual(before)
    expect(await meetingsOnDate({ payload: test.payload, date: '2021-09-23' })).toEqual([])
  })
})
