/**
 * Sends a planned sending: the published PDF (read as the public reads it) attached, one message per recipient, each
 * attempt recorded in Utskick. A recipient is recorded as sent only when the SMTP server accepted the message.
 */
import type { Payload } from 'payload'

import { meetingPdf } from '@/pdf/meetingPdf'
import type { Recipient } from './recipients'
import { type SendingPlan, SendingRefused } from './plan'

export type SendingResult = {
  sent: { name: string; email: string }[]
  failed: { name: string; email: string; error: string }[]
}

/** What the SMTP server said, short enough to keep and show. */
export function smtpErrorText(error: unknown): string {
  const { response, message } = (error ?? {}) as { response?: unknown; message?: unknown }
  const text = typeof response === 'string' && response ? response : typeof message === 'string' ? message : ''
  return (text || 'Okänt fel från e-postservern.').slice(0, 1000)
}

/** Payload's console adapter only writes to the log: sending through it would record messages nobody got. */
export function canSendEmail(payload: Payload): boolean {
  return (payload.email as { name?: string } | undefined)?.name === 'nodemailer'
}

export async function sendPlanned({
  payload,
  plan,
  userId,
}: {
  payload: Payload
  plan: SendingPlan
  userId: string
}): Promise<SendingResult> {
  const pdf = await meetingPdf({ slug: String(plan.meeting.slug), name: plan.kind })
  if (!pdf) throw new SendingRefused(409, 'Dokumentet kunde inte läsas som allmänheten ser det. Inget har skickats.')
  const content = Buffer.from(pdf.bytes)
  const result: SendingResult = { sent: [], failed: [] }

  const record = (recipient: Recipient, error: string | null) =>
    payload.create({
      collection: 'sendings',
      overrideAccess: true,
      data: {
        meeting: plan.meeting.id,
        kind: plan.kind,
        status: error ? 'failed' : 'sent',
        sentAt: new Date().toISOString(),
        name: recipient.name,
        person: recipient.personId,
        email: recipient.email,
        subject: plan.message.subject,
        attachmentName: pdf.filename,
        error,
        sentBy: userId,
      },
    })

  // One at a time: each recipient gets a message of their own (no list of the others' addresses) and its own outcome.
  for (const recipient of plan.recipients.toSend) {
    let error: string | null = null
    try {
      await payload.sendEmail({
        to: recipient.email,
        subject: plan.message.subject,
        text: plan.message.text,
        attachments: [{ filename: pdf.filename, content, contentType: 'application/pdf' }],
      })
    } catch (err) {
      error = smtpErrorText(err)
      payload.logger.error({ msg: `Utskick till ${recipient.email} misslyckades`, err })
    }
    await record(recipient, error)
    if (error) result.failed.push({ name: recipient.name, email: recipient.email, error })
    else result.sent.push({ name: recipient.name, email: recipient.email })
  }
  return result
}
