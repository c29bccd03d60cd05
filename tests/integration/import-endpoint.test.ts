/** POST /api/import, as the admin's "Importera" view uses it: preview saves nothing, confirm imports, rights and bad files. */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ImportResponse } from '@/import/endpoint'
import type * as Http from '../helpers/http'
import { type TestPayload, startTestPayload } from '../helpers/payload'
import type { User } from '@/payload-types'
import { TEST_PASSWORD, createRoleUsers } from '../helpers/users'

let test: TestPayload
let users: Record<string, User>
let http: typeof Http
const headers: Record<string, Record<string, string>> = {}
const FIXTURE = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/minutes/2025-11-13-motesanteckning.md'))

beforeAll(async () => {
  test = await startTestPayload()
  users = await createRoleUsers(test.payload)
  http = await import('../helpers/http')
  for (const role of ['sekreterare', 'beredning', 'kommunikator'])
    headers[role] = await http.loginHeaders(`${role}@test.example`, TEST_PASSWORD)
})
afterAll(async () => test?.cleanup())

function post(
  file: { data: Buffer | string; name: string } | null,
  options: Record<string, unknown>,
  authHeaders: Record<string, string> = headers.sekreterare!,
) {
  const form = new FormData()
  if (file)
    form.append(
      'file',
      new Blob([typeof file.data === 'string' ? file.data : new Uint8Array(file.data)], {
        type: 'application/octet-stream',
      }),
      file.name,
    )
  form.append('_payload', JSON.stringify(options))
  return http.api('POST', '/import', { body: form, headers: authHeaders })
}

const count = async (collection: 'meetings' | 'agenda-items' | 'decisions') =>
  (await test.payload.count({ collection })).totalDocs

describe('POST /api/import', () => {
  it('previews a document without saving anything', async () => {
    const response = await post({ data: FIXTURE, name: '2025-11-13-motesanteckning.md' }, { confirm: false })
    expect(response.status).toBe(200)
    const body = response.json() as ImportResponse
    expect(body.dryRun).toBe(true)
    expect(body.meetings[0]).toMatchObject({ date: '2025-11-13', start: '13:00', end: '15:00', stage: 'minutes' })
    expect(body.meetings[0]!.agendaItems.find((item) => item.number === '6')?.presenters).toEqual([
      'Jenny Nilsson',
      'Malin Swärd Davidsson',
    ])
    expect(body.created).toMatchObject({ meetings: 1, 'agenda-items': 12, decisions: 9 })
    expect(await count('meetings')).toBe(0)
    expect(await count('agenda-items')).toBe(0)
  })

  it('imports on confirm, and a second confirm changes nothing', async () => {
    const first = (
      await post({ data: FIXTURE, name: '2025-11-13-motesanteckning.md' }, { confirm: true })
    ).json() as ImportResponse
    expect(first.dryRun).toBe(false)
    expect(first.meetingId).toBeTruthy()
    expect(await count('agenda-items')).toBe(12)
    expect(await count('decisions')).toBe(9)
    const again = (
      await post({ data: FIXTURE, name: '2025-11-13-motesanteckning.md' }, { confirm: true })
    ).json() as ImportResponse
    expect(Object.values(again.created).every((n) => n === 0)).toBe(true)
    expect(Object.values(again.updated).every((n) => n === 0)).toBe(true)
    expect(await count('meetings')).toBe(1)
  })

  it('is for those who may write minutes', async () => {
    for (const role of ['beredning', 'kommunikator']) {
      const response = await post({ data: FIXTURE, name: 'a.md' }, { confirm: true }, headers[role])
      expect(response.status).toBe(403)
      expect(response.text).toContain('Din roll får inte importera')
    }
    const anonymous = await post({ data: FIXTURE, name: 'a.md' }, { confirm: true }, {})
    expect(anonymous.status).toBe(401)
  })

  it('says in Swedish what is wrong with a bad file or bad options, and saves nothing', async () => {
    const before = await count('agenda-items')
    const cases: [
      file: { data: Buffer | string; name: string } | null,
      options: Record<string, unknown>,
      message: string,
    ][] = [
      [null, { confirm: true }, 'Välj en fil att importera'],
      [{ data: 'x', name: 'bild.png' }, { confirm: true }, 'Filtypen .png stöds inte'],
      [{ data: 'Kallelse', name: 'falsk.pdf' }, { confirm: true }, 'är inte en PDF-fil'],
      [{ data: Buffer.from([0x4d, 0xf6, 0x74]), name: 'latin1.txt' }, { confirm: true }, 'UTF-8'],
      [{ data: FIXTURE, name: 'a.md' }, { confirm: 'ja' }, 'Felaktiga importinställningar'],
      [{ data: FIXTURE, name: 'a.md' }, { confirm: true, year: 1066 }, 'Årtalet ska vara 1990 eller senare.'],
      [{ data: FIXTURE, name: 'a.md' }, { confirm: true, extra: 1 }, 'Felaktiga importinställningar'],
    ]
    for (const [file, options, message] of cases) {
      const response = await post(file, options)
      expect(response.status, message).toBe(400)
      expect((response.json() as { error: string }).error).toContain(message)
    }
    const noMeeting = await post({ data: 'Det här är ingen kallelse.', name: 'brev.txt' }, { confirm: true })
    expect(noMeeting.status).toBe(422)
    expect((noMeeting.json() as { error: string }).error).toContain('avbröts')
    expect(await count('agenda-items')).toBe(before)
  })

  it('offers a similar name from the register and, when confirmed, saves the spelling as an alias', async () => {
    const helen = await test.payload.create({
      collection: 'people',
      data: { name: 'Gunilla Grönqvist', kind: 'politiker' },
    })
    const text = `Kallelse SRO\n\nDatum: 5 mars 2026\n\nTid: 13.00 – 15.00\n\nDagordning\n\n1. Mötets öppnande\n\n2. Psykisk hälsa\n\nInformation (10 minuter)\n\nFöredragande: Gunila Grönkvist, VGR\n`
    const preview = (await post({ data: text, name: 'kallelse.md' }, { confirm: false })).json() as ImportResponse
    expect(preview.nameSuggestions).toEqual([
      { name: 'Gunila Grönkvist', line: 15, candidates: [{ id: helen.id, name: 'Gunilla Grönqvist' }] },
    ])
    expect(preview.warnings.map((warning) => warning.message).join(' ')).toContain('Liknar Gunilla Grönqvist')

    const people = (await test.payload.count({ collection: 'people' })).totalDocs
    const done = await post(
      { data: text, name: 'kallelse.md' },
      { confirm: true, aliases: { 'Gunila Grönkvist': helen.id } },
    )
    expect(done.status).toBe(200)
    expect((await test.payload.count({ collection: 'people' })).totalDocs).toBe(people)
    const updated = await test.payload.findByID({ collection: 'people', id: helen.id })
    expect(updated.aliases?.map((row) => row.alias)).toEqual(['Gunila Grönkvist'])
    const item = (
      await test.payload.find({ collection: 'agenda-items', where: { title: { equals: 'Psykisk hälsa' } }, depth: 0 })
    ).docs[0]
    expect(item?.presenters).toEqual([helen.id])
  })

  it('keeps each import that changed something as an import run with its warnings, for staff only', async () => {
    const { docs } = await test.payload.find({
      collection: 'meetings',
      where: { slug: { equals: '2025-11-13' } },
      depth: 0,
    })
    const meeting = docs[0]!
    // Imported once for real and once more without changes: one run, linked to the meeting and to who imported.
    const runs = await test.payload.find({
      collection: 'import-runs',
      where: { meetings: { contains: meeting.id } },
      depth: 0,
    })
    expect(runs.docs.map((run) => [run.fileName, run.stage])).toEqual([['2025-11-13-motesanteckning.md', 'minutes']])
    const [run] = runs.docs
    expect(run?.warnings).toMatch(/rad \d+: /)
    // The source text is kept, and each warning's line number points at a line of it.
    expect(run?.sourceText).toBe(FIXTURE.toString('utf8'))
    const sourceLines = run?.sourceText?.split('\n') ?? []
    const warnedLines = [...(run?.warnings ?? '').matchAll(/rad (\d+): /g)].map((match) => Number(match[1]))
    expect(warnedLines.length).toBeGreaterThan(0)
    for (const line of warnedLines) expect(sourceLines[line - 1]?.trim()).toBeTruthy()
    expect(run?.changes).toMatch(/^Skapade: 1 möte, \d+ dagordningspunkter, .*\. Uppdaterade: inget\.$/)
    expect(run?.importedBy).toBe(users.sekreterare.id)
    // The meeting lists its imports (a join), without a new version of the meeting for each.
    const staffMeeting = await http.api('GET', `/meetings/${meeting.id}`, { headers: headers.kommunikator })
    expect((staffMeeting.json() as { imports: { docs: { id: string }[] } }).imports.docs.map((doc) => doc.id)).toEqual([
      run?.id,
    ])
    expect(
      (await test.payload.countVersions({ collection: 'meetings', where: { parent: { equals: meeting.id } } }))
        .totalDocs,
    ).toBe(1)

    const anonymous = await http.api('GET', `/meetings/${meeting.id}`)
    expect(anonymous.status).toBe(200)
    expect((anonymous.json() as { imports?: { docs?: unknown[] } }).imports?.docs ?? []).toEqual([])
    expect(anonymous.text).not.toContain('motesanteckning.md')
    expect((await http.api('GET', '/import-runs')).status).toBe(403)
    expect((await http.api('GET', `/import-runs/${run?.id}`)).status).toBe(403)
    const graphql = await http.graphql('{ ImportRuns { docs { fileName warnings } } }')
    expect(graphql.text).not.toContain('motesanteckning.md')
    // Nobody edits a run afterwards.
    expect(
      (
        await http.api('PATCH', `/import-runs/${run?.id}`, {
          body: JSON.stringify({ warnings: 'ändrad' }),
          headers: { ...headers.sekreterare, 'content-type': 'application/json' },
        })
      ).status,
    ).toBe(403)
  })
})
