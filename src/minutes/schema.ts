/** What "Spara" may send: bounded in size and count, with Swedish messages that the form shows beside each field. */
import { z } from 'zod'

import { ATTENDANCE_STATUSES } from '@collections/Meetings/options'

import type { AttendanceStatus } from './types'

/** The whole request body; a meeting's minutes are a few tens of KB. */
export const MAX_BODY_BYTES = 512 * 1024

const id = z.string().min(1).max(64)
const STATUS_VALUES = ATTENDANCE_STATUSES.map((status) => status.value) as unknown as [
  AttendanceStatus,
  ...AttendanceStatus[],
]
const TIME = /^([01]?\d|2[0-3])[.:][0-5]\d$/

const assignment = z.object({
  id: id.nullable(),
  title: z.string().trim().min(1, 'Skriv uppdraget i korthet.').max(300, 'Högst 300 tecken.'),
  assigneeText: z.string().max(300, 'Högst 300 tecken.'),
  dueText: z.string().max(300, 'Högst 300 tecken.'),
})

const decision = z.object({
  id: id.nullable(),
  number: z.coerce
    .number({ message: 'Ange ett nummer.' })
    .int('Ange ett heltal.')
    .min(1, 'Numret ska vara 1 eller högre.')
    .max(99, 'Numret ska vara högst 99.'),
  kind: z.string().min(1).max(64),
  text: z.string().trim().min(1, 'Skriv beslutstexten.').max(10_000, 'Högst 10 000 tecken.'),
  assignments: z.array(assignment).max(20, 'Högst 20 uppdrag per beslut.'),
})

const item = z.object({
  id,
  positionTaken: z.string().max(40_000, 'Högst 40 000 tecken.'),
  notes: z.string().max(40_000, 'Högst 40 000 tecken.'),
  decisions: z.array(decision).max(30, 'Högst 30 beslut per punkt.'),
})

const attendee = z
  .object({
    personId: id.nullable(),
    status: z.enum(STATUS_VALUES, { message: 'Välj närvaro.' }),
    substituteId: id.nullable(),
    from: z
      .string()
      .trim()
      .max(20)
      .refine((value) => !value || TIME.test(value), 'Ange tid som 13.30.'),
    note: z.string().max(500, 'Högst 500 tecken.'),
  })
  .superRefine((value, ctx) => {
    if (value.status === 'substituted' && !value.substituteId)
      ctx.addIssue({ code: 'custom', path: ['substituteId'], message: 'Välj vem som ersätter.' })
  })

export const SaveSchema = z
  .object({
    stamp: z.string().max(100),
    /** Save over someone else's later changes, after the warning. */
    force: z.boolean().default(false),
    /** Publish the minutes with this save. */
    publish: z.boolean().default(false),
    attendance: z.array(attendee).max(300),
    items: z.array(item).max(300),
  })
  .strict()

export type SaveInput = z.infer<typeof SaveSchema>

/** Zod issues by form path ("items.0.decisions.1.text"); the first message per field. */
export function issuesByPath(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of issues) {
    const path = issue.path.join('.') || 'form'
    errors[path] ??= issue.message
  }
  return errors
}
