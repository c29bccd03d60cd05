/**
 * `POST /api/protokollfor/:id`: the minutes screen's one "Spara". JSON body as `SaveSchema` (at most
 * MAX_BODY_BYTES). Answers the freshly read sheet on success, otherwise a Swedish `error` with `fieldErrors` by
 * form path and, on 409, who changed the meeting since it was loaded. Nothing is written unless everything is.
 */
import { type Endpoint, type PayloadRequest, commitTransaction, initTransaction, killTransaction } from 'payload'
import { sv } from 'zod/v4/locales'

import { canWriteArea } from '@/access/roles'
import { loadMinutesSheet } from './load'
import { SaveRefused, saveMinutes } from './save'
import { MAX_BODY_BYTES, SaveSchema, issuesByPath } from './schema'
import type { SaveResponse } from './types'

const reply = (status: number, body: SaveResponse) => Response.json(body, { status })
const fail = (status: number, error: string, extra: Partial<Extract<SaveResponse, { ok: false }>> = {}) =>
  reply(status, { ok: false, error, ...extra })

const swedishZod = sv()

async function readBody(req: PayloadRequest): Promise<{ value: unknown } | Response> {
  const declared = Number(req.headers.get('content-length') ?? 0)
  if (declared > MAX_BODY_BYTES) return fail(413, 'Mötesanteckningen är för stor för att sparas på en gång.')
  const text = (await req.text?.()) ?? ''
  if (Buffer.byteLength(text) > MAX_BODY_BYTES)
    return fail(413, 'Mötesanteckningen är för stor för att sparas på en gång.')
  try {
    return { value: JSON.parse(text) }
  } catch {
    return fail(400, 'Formuläret kom fram ofullständigt (ogiltig JSON). Ingenting har sparats.')
  }
}

async function handleSave(req: PayloadRequest): Promise<Response> {
  if (!req.user) return fail(401, 'Du måste vara inloggad för att spara mötesanteckningen.')
  if (!canWriteArea({ user: req.user, area: 'minutes' }))
    return fail(403, 'Din roll får inte föra mötesanteckningar (administratör eller mötessekreterare).')
  const meetingId = String(req.routeParams?.id ?? '')
  if (!meetingId || meetingId.length > 64) return fail(404, 'Mötet finns inte.')

  const body = await readBody(req)
  if (body instanceof Response) return body
  const parsed = SaveSchema.safeParse(body.value, { error: swedishZod.localeError })
  if (!parsed.success)
    return fail(400, 'Mötesanteckningen sparades inte: kontrollera de markerade fälten.', {
      fieldErrors: issuesByPath(parsed.error.issues),
    })

  const isOwnTransaction = await initTransaction(req)
  try {
    await saveMinutes({ req, meetingId, input: parsed.data })
    if (isOwnTransaction) await commitTransaction(req)
  } catch (error) {
    if (isOwnTransaction) await killTransaction(req)
    if (error instanceof SaveRefused)
      return fail(error.status, error.message, { fieldErrors: error.fieldErrors, conflict: error.conflict })
    req.payload.logger.error({ msg: 'Mötesanteckningen kunde inte sparas', err: error })
    return fail(500, 'Mötesanteckningen kunde inte sparas på grund av ett fel på servern. Ingenting har sparats.')
  }
  const sheet = await loadMinutesSheet(req, meetingId)
  if (!sheet) return fail(404, 'Mötet finns inte.')
  return reply(200, { ok: true, stamp: sheet.stamp, savedAt: new Date().toISOString(), sheet })
}

export const minutesEndpoint: Endpoint = { path: '/protokollfor/:id', method: 'post', handler: handleSave }
