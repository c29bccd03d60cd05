/**
 * "Skicka kallelse" and "Skicka mötesanteckning" against a real SMTP server on localhost: POST /api/meetings/:id/send
 * through Payload's REST handler, the messages the server received (recipients, Swedish subject and body, the PDF
 * attached and readable), the record in Utskick on the meeting, resending, a refused recipient, and refusals.
 */
import type { Payload } from 'payload'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Meeting } from '@/payload-types'
import { seed } from '@/seed'
import type * as Http from '../helpers/http'
import { type TestPayload, startTestPayload } from '../helpers/payload'
import { type TestSmtpServer, smtpEnv, startSmtpServer } from '../helpers/smtp'
import { TEST_PASSWORD, createRoleUsers } from '../helpers/users'

let test: TestPayload
let payload: Payload
let http: typeof Http
let smtp: TestSmtpServer
const headers: Record<string, Record<string, string>> = {}
const savedEnv: Record<string, string | undefined> = {}
const context = { disableRevalidate: true }
let minutesMeeting: Meeting
let noticeMeeting: Meeting
/** Addresses given to people called to the 2025-11-13 meeting, in list order. */
const addresses: { personId: string; name: string; email: string }[] = []

beforeAll(async () => {
  smtp = await startSmtpServer()
  for (const [key, value] of Object.entries(smtpEnv(smtp))) {
    savedEnv[key] = process.env[key]
    process.env[key] = value
  }
  test = await startTestPayload()
  payload = test.payload
  http = await import('../helpers/http')
  await seed({ payload, password: 'demo-password-123' })
  await createRoleUsers(payload)
  for (const role of ['sekreterare', 'beredning', 'kommunikator'])
    headers[role] = await http.loginHeaders(`${role}@test.example`, TEST_PASSWORD)
  const bySlug = async (slug: string) =>
    (await payload.find({ collection: 'meetings', where: { slug: { equals: slug } }, limit: 1, depth: 0 })).docs[0]!
  minutesMeeting = await bySlug('2025-11-13')
  noticeMeeting = await bySlug('2025-08-21')
  // Three of those called get an address; the rest stay without one.
  const called = (minutesMeeting.called ?? []).filter((row) => typeof row.person === 'string' && !row.isSubstitute)
  for (const [index, row] of called.slice(0, 3).entries()) {
    const email = `kallad${index + 1}@kommun.example`
    await payload.update({ collection: 'people', id: row.person as string, data: { contact: { email } }, context })
    addresses.push({ personId: row.person as string, name: row.name, email })
  }
}, 240_000)
afterAll(async () => {
  await test?.cleanup()
  await smtp?.close()
  for (const [key, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
})

type SendAnswer = {
  error?: string
  notice?: string | null
  subject: string
  text: string
  attachmentName: string
  toSend: { name: string; email: string; role: string }[]
  alreadySent: { email: string }[]
  withoutAddress: { name: string; role: string }[]
  sent?: { email: string }[]
  failed?: { email: string; error: string }[]
}

async function send(meetingId: string, body: Record<string, unknown>, role: string | null = 'sekreterare') {
  const response = await http.api('POST', `/meetings/${meetingId}/send`, {
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...(role ? headers[role] : {}) },
  })
  return { status: response.status, json: response.json() as SendAnswer }
}

async function records(meetingId: string, kind?: string) {
  const { docs } = await payload.find({
    collection: 'sendings',
    where: { and: [{ meeting: { equals: meetingId } }, ...(kind ? [{ kind: { equals: kind } }] : [])] },
    pagination: false,
    sort: 'sentAt',
    depth: 0,
  })
  return docs
}

const pdfText = async (content: Buffer) =>
  (await extractText(await getDocumentProxy(new Uint8Array(content)), { mergePages: true })).text

describe('Skicka kallelse', () => {
  it('should preview recipients, those without an address, subject, body and file name, and send nothing', async () => {
    const { status, json } = await send(minutesMeeting.id, { kind: 'kallelse', preview: true })
    expect(status, JSON.stringify(json)).toBe(200)
    expect(json.toSend.map((recipient) => recipient.email)).toEqual(addresses.map((address) => address.email))
    expect(json.toSend.map((recipient) => recipient.name)).toEqual(addresses.map((address) => address.name))
    const listed = (minutesMeeting.called ?? []).length
    expect(json.withoutAddress.length).toBe(listed - 3)
    expect(json.withoutAddress.map((person) => person.name)).not.toContain(addresses[0]!.name)
    expect(json.subject).toBe(`Kallelse: ${minutesMeeting.title}`)
    expect(json.text).toContain('Datum: 13 november 2025')
    expect(json.text).toMatch(/Tid: \d\d\.\d\d/)
    expect(json.text).toContain('/moten/2025-11-13')
    expect(json.attachmentName).toBe('kallelse-sro-2025-11-13.pdf')
    expect(smtp.received).toHaveLength(0)
    expect(await records(minutesMeeting.id)).toHaveLength(0)
  })

  it('should send each recipient a message of their own with the kallelse PDF and record it on the meeting', async () => {
    const { status, json } = await send(minutesMeeting.id, { kind: 'kallelse' })
    expect(status, JSON.stringify(json)).toBe(200)
    expect(json.sent).toHaveLength(3)
    expect(json.failed).toEqual([])
    for (const address of addresses) {
      const mail = await smtp.waitFor({ to: address.email })
      expect(mail.to).toEqual([address.email])
      expect(mail.subject).toBe(`Kallelse: ${minutesMeeting.title}`)
      expect(mail.text).toContain('Du kallas till')
      expect(mail.text).toContain('http://localhost:3000/moten/2025-11-13')
      const [attachment] = mail.parsed.attachments
      expect(attachment?.filename).toBe('kallelse-sro-2025-11-13.pdf')
      expect(attachment?.contentType).toBe('application/pdf')
      const text = await pdfText(attachment!.content)
      expect(text).toContain('Kallelse')
      // The kallelse never carries the minutes, even of a meeting whose minutes are published.
      expect(text).not.toContain('Mötesanteckning SRO')
    }
    const rows = await records(minutesMeeting.id, 'kallelse')
    expect(rows.map((row) => [row.email, row.status])).toEqual(addresses.map((address) => [address.email, 'sent']))
    expect(rows.every((row) => row.sentBy && row.person && row.sentAt && row.attachmentName)).toBe(true)
    // Shown on the meeting through its join.
    const meeting = await payload.findByID({ collection: 'meetings', id: minutesMeeting.id, depth: 0 })
    expect(meeting.sendings?.docs).toHaveLength(3)
  })

  it('should send again only to those who have not received it, unless "till alla" is chosen', async () => {
    const called = (minutesMeeting.called ?? []).filter(
      (row) => typeof row.person === 'string' && !addresses.some((address) => address.personId === row.person),
    )
    const newcomer = called[0]!
    await payload.update({
      collection: 'people',
      id: newcomer.person as string,
      data: { contact: { email: 'nykallad@kommun.example' } },
      context,
    })
    smtp.received.length = 0
    const again = await send(minutesMeeting.id, { kind: 'kallelse' })
    expect(again.status, JSON.stringify(again.json)).toBe(200)
    expect(again.json.sent?.map((recipient) => recipient.email)).toEqual(['nykallad@kommun.example'])
    expect(again.json.alreadySent).toHaveLength(3)
    expect(smtp.received.map((mail) => mail.to)).toEqual([['nykallad@kommun.example']])

    const nobodyLeft = await send(minutesMeeting.id, { kind: 'kallelse' })
    expect(nobodyLeft.status).toBe(422)
    expect(nobodyLeft.json.error).toContain('Skicka igen till alla')

    smtp.received.length = 0
    const toAll = await send(minutesMeeting.id, { kind: 'kallelse', resendToAll: true })
    expect(toAll.status).toBe(200)
    expect(toAll.json.sent).toHaveLength(4)
    expect(smtp.received).toHaveLength(4)
    expect(await records(minutesMeeting.id, 'kallelse')).toHaveLength(3 + 1 + 4)
  })

  it('should record a recipient the SMTP server refuses as failed, send the others, and retry only that one', async () => {
    const rejected = addresses[1]!.email
    smtp.rejectRecipients([rejected])
    smtp.received.length = 0
    try {
      const { status, json } = await send(minutesMeeting.id, { kind: 'motesanteckning' })
      expect(status, JSON.stringify(json)).toBe(200)
      expect(json.failed?.map((failure) => failure.email)).toEqual([rejected])
      expect(json.failed?.[0]?.error).toContain('550')
      expect(json.sent).toHaveLength(3)
      expect(smtp.received.flatMap((mail) => mail.to).sort()).not.toContain(rejected)
      const rows = await records(minutesMeeting.id, 'motesanteckning')
      expect(rows.filter((row) => row.status === 'failed').map((row) => row.email)).toEqual([rejected])
      expect(rows.find((row) => row.status === 'failed')?.error).toContain('550')
      expect(rows.filter((row) => row.status === 'sent')).toHaveLength(3)
      const mail = await smtp.waitFor({ to: addresses[0]!.email })
      expect(mail.subject).toBe(`Mötesanteckning: ${minutesMeeting.title}`)
      expect(mail.parsed.attachments[0]?.filename).toBe('motesanteckning-sro-2025-11-13.pdf')
      expect(await pdfText(mail.parsed.attachments[0]!.content)).toContain('Mötesanteckning')
    } finally {
      smtp.rejectRecipients([])
    }
    // Nothing was marked sent that was not: the next sending reaches the refused address only.
    smtp.received.length = 0
    const retry = await send(minutesMeeting.id, { kind: 'motesanteckning' })
    expect(retry.json.sent?.map((recipient) => recipient.email)).toEqual([rejected])
    expect(smtp.received.map((mail) => mail.to)).toEqual([[rejected]])
  })
})

describe('refusals', () => {
  it('should refuse the mötesanteckning of a meeting whose minutes are not published, in Swedish', async () => {
    smtp.received.length = 0
    const { status, json } = await send(noticeMeeting.id, { kind: 'motesanteckning', preview: true })
    expect(status).toBe(409)
    expect(json.error).toContain('Mötesanteckningen är inte publicerad')
    expect((await send(noticeMeeting.id, { kind: 'motesanteckning' })).status).toBe(409)
    const draft = await payload.create({
      collection: 'meetings',
      data: { body: 'SRO', kind: 'ordinarie', state: 'planned', startsAt: '2031-05-15T11:00:00.000Z' },
      draft: true,
      context,
    })
    const unpublished = await send(draft.id, { kind: 'kallelse' })
    expect(unpublished.status).toBe(409)
    expect(unpublished.json.error).toContain('Kallelsen är inte publicerad')
    expect(smtp.received).toHaveLength(0)
  })

  it('should say so when nobody called has an address, and list them by name', async () => {
    const person = await payload.create({ collection: 'people', data: { name: 'Utan Adress', kind: 'politiker' } })
    const meeting = await payload.create({
      collection: 'meetings',
      context,
      data: {
        body: 'SRO',
        kind: 'ordinarie',
        state: 'planned',
        startsAt: '2031-06-12T11:00:00.000Z',
        startsAt_tz: 'Europe/Stockholm',
        called: [
          { name: 'Utan Adress', person: person.id, side: 'vgk', group: 'kommunpolitiker' },
          { name: 'Ej i registret', side: 'vgr', group: 'regionpolitiker', isSubstitute: true },
        ],
        publication: { isNoticePublished: true },
        _status: 'published',
      },
    })
    const { status, json } = await send(meeting.id, { kind: 'kallelse' })
    expect(status).toBe(422)
    expect(json.error).toContain('Det finns ingen att skicka till')
    const preview = await send(meeting.id, { kind: 'kallelse', preview: true })
    expect(preview.json.toSend).toEqual([])
    expect(preview.json.notice).toContain('Det finns ingen att skicka till')
    expect(preview.json.withoutAddress).toEqual([
      { name: 'Utan Adress', role: 'kallad', isInRegister: true },
      { name: 'Ej i registret', role: 'ersattare', isInRegister: false },
    ])
  })

  it('should refuse visitors and kommunikatör, and bad input, without sending', async () => {
    smtp.received.length = 0
    const anonymous = await send(minutesMeeting.id, { kind: 'kallelse', resendToAll: true }, null)
    expect(anonymous.status).toBe(401)
    const communicator = await send(minutesMeeting.id, { kind: 'kallelse', resendToAll: true }, 'kommunikator')
    expect(communicator.status).toBe(403)
    expect(communicator.json.error).toContain('Din roll får inte skicka')
    const unknownKind = await send(minutesMeeting.id, { kind: 'handlingar' })
    expect(unknownKind.status).toBe(400)
    expect(unknownKind.json.error).toContain('Välj kallelse eller mötesanteckning')
    const extra = await send(minutesMeeting.id, { kind: 'kallelse', to: 'x@example.com' })
    expect(extra.status).toBe(400)
    const huge = await http.api('POST', `/meetings/${minutesMeeting.id}/send`, {
      body: JSON.stringify({ kind: 'kallelse', padding: 'x'.repeat(5000) }),
      headers: { 'content-type': 'application/json', ...headers.sekreterare },
    })
    expect(huge.status).toBe(413)
    expect(smtp.received).toHaveLength(0)
  })

  it('should keep the record from the public: REST and GraphQL refuse anonymous reads, and the meeting hides it', async () => {
    expect((await http.api('GET', '/sendings')).status).toBe(403)
    const id = (await records(minutesMeeting.id))[0]!.id
    expect((await http.api('GET', `/sendings/${id}`)).status).toBe(403)
    const graphql = await http.graphql('{ Sendings { docs { email } } }')
    expect(graphql.text).not.toContain('@kommun.example')
    const meeting = (await http.api('GET', `/meetings/${minutesMeeting.id}`)).json() as Record<string, unknown>
    expect(JSON.stringify(meeting)).not.toContain('@kommun.example')
    expect(meeting.sendings ?? null).toBeNull()
    // Staff cannot write the record through the API either.
    const created = await http.api('POST', '/sendings', {
      body: JSON.stringify({
        meeting: minutesMeeting.id,
        kind: 'kallelse',
        status: 'sent',
        name: 'X',
        email: 'x@y.se',
      }),
      headers: { 'content-type': 'application/json', ...headers.sekreterare },
    })
    expect(created.status).toBe(403)
  })
})
