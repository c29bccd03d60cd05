/**
 * `POST /api/meetings/:id/send`: the meeting's "Skicka kallelse" and "Skicka mötesanteckning". With `preview: true`
 * it answers who would get what (nothing is sent or recorded); without, it sends and records each recipient.
 * Body: `{ kind: 'kallelse' | 'motesanteckning', includeGuests?, resendToAll?, preview? }`. Staff who may edit
 * meetings (WRITE_RIGHTS.meetings: admin, beredning, sekreterare) only.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { canWriteArea } from '@/access/roles'
import { KIND_NAMES } from './message'
import { SendingRefused, planSending } from './plan'
import { canSendEmail, sendPlanned } from './send'

const MAX_BODY_BYTES = 2048
/** A meeting's list is some 35 names; far more means something is wrong, and one request must stay bounded. */
export const MAX_RECIPIENTS = 200

const SendSchema = z
  .object({
    kind: z.enum(['kallelse', 'motesanteckning'], { message: 'Välj kallelse eller mötesanteckning.' }),
    includeGuests: z.boolean().default(false),
    resendToAll: z.boolean().default(false),
    preview: z.boolean().default(false),
  })
  .strict()

const fail = (status: number, error: string) => Response.json({ error }, { status })

/** One sending per meeting and kind at a time in this process: a double click must not send twice. */
const inProgress = new Set<string>()

async function readBody(req: PayloadRequest): Promise<unknown> {
  const text = req.text ? await req.text() : ''
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new SendingRefused(413, 'Förfrågan är för stor.')
  try {
    return text ? JSON.parse(text) : {}
  } catch {
    throw new SendingRefused(400, 'Förfrågan kunde inte läsas (ogiltig JSON).')
  }
}

async function handleSend(req: PayloadRequest): Promise<Response> {
  if (!req.user) return fail(401, 'Du måste vara inloggad för att skicka.')
  if (!canWriteArea({ user: req.user, area: 'meetings' }))
    return fail(
      403,
      'Din roll får inte skicka kallelser eller mötesanteckningar (beredning, mötessekreterare eller administratör).',
    )
  const meetingId = String(req.routeParams?.id ?? '')
  if (!meetingId || meetingId.length > 64) return fail(400, 'Mötet saknas i adressen.')

  const key = `${meetingId}:`
  try {
    const parsed = SendSchema.safeParse(await readBody(req))
    if (!parsed.success)
      return fail(400, `Felaktigt utskick: ${parsed.error.issues.map((issue) => issue.message).join(' ')}`)
    const { kind, includeGuests, resendToAll, preview } = parsed.data
    const plan = await planSending({
      payload: req.payload,
      meetingId,
      kind,
      includeGuests,
      resendToAll,
      senderName: (req.user as { name?: string | null }).name || 'SRO-arkivet',
    })
    const { toSend, alreadySent, withoutAddress } = plan.recipients
    const summary = {
      kind,
      subject: plan.message.subject,
      text: plan.message.text,
      attachmentName: plan.attachmentName,
      toSend,
      alreadySent,
      withoutAddress,
    }
    const nobody = toSend.length
      ? null
      : alreadySent.length
        ? `Alla med e-postadress har redan fått ${KIND_NAMES[kind].toLowerCase()}n. Välj ”Skicka igen till alla” för att skicka den igen.`
        : `Det finns ingen att skicka till: ingen av de ${includeGuests ? 'kallade eller inbjudna' : 'kallade'} har en e-postadress i registret.`
    if (preview) return Response.json({ ...summary, notice: nobody })
    if (nobody) return fail(422, nobody)
    if (toSend.length > MAX_RECIPIENTS)
      return fail(422, `Utskicket har ${toSend.length} mottagare; högst ${MAX_RECIPIENTS} går i ett utskick.`)
    if (!canSendEmail(req.payload))
      return fail(503, 'E-post är inte inställd på servern (SMTP_HOST saknas). Inget har skickats.')
    if (inProgress.has(key + kind)) return fail(409, 'Ett utskick av samma dokument pågår redan för mötet.')
    inProgress.add(key + kind)
    try {
      const result = await sendPlanned({ payload: req.payload, plan, userId: String(req.user.id) })
      return Response.json({ ...summary, ...result })
    } finally {
      inProgress.delete(key + kind)
    }
  } catch (error) {
    if (error instanceof SendingRefused) return fail(error.status, error.message)
    throw error
  }
}

export const sendMeetingEndpoint: Endpoint = { path: '/:id/send', method: 'post', handler: handleSend }
