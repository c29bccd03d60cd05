/** What POST /api/meetings/:id/send answers: the admin panel reads it, the endpoint writes it. Types only. */
import type { SendingKind } from './kinds'
import type { RecipientPlan } from './recipients'
import type { SendingResult } from './send'

export type SendPreview = {
  kind: SendingKind
  subject: string
  text: string
  attachmentName: string
  /** Set when there is nobody to send to (and why). */
  notice?: string | null
} & RecipientPlan

export type SendAnswer = SendPreview & Partial<SendingResult> & { error?: string }
