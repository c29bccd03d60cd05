/** The minutes form's values on the client, and the body "Spara" sends (SaveSchema on the server). */
import type { MinutesSheet, SheetAssignment, SheetAttendee, SheetItem } from '../types'

export type FormDecision = {
  key: string
  id: string | null
  number: string
  kind: string
  text: string
  assignments: FormAssignment[]
}
export type FormAssignment = SheetAssignment & { key: string }
export type FormItem = Omit<SheetItem, 'decisions'> & { decisions: FormDecision[] }
export type FormValues = { attendance: SheetAttendee[]; items: FormItem[] }

let counter = 0
/** A React key for rows not saved yet (saved rows use their id). */
export const newKey = () => `new-${++counter}`

export function toFormValues(sheet: MinutesSheet): FormValues {
  return {
    attendance: sheet.attendance,
    items: sheet.items.map((item) => ({
      ...item,
      decisions: item.decisions.map((decision) => ({
        ...decision,
        key: decision.id ?? newKey(),
        number: String(decision.number),
        assignments: decision.assignments.map((assignment) => ({ ...assignment, key: assignment.id ?? newKey() })),
      })),
    })),
  }
}

export function toBody({
  values,
  stamp,
  publish,
  force,
}: {
  values: FormValues
  stamp: string
  publish: boolean
  force: boolean
}) {
  return {
    stamp,
    publish,
    force,
    attendance: values.attendance.map(({ personId, status, substituteId, from, note }) => ({
      personId,
      status,
      substituteId,
      from,
      note,
    })),
    items: values.items.map((item) => ({
      id: item.id,
      positionTaken: item.positionTaken,
      notes: item.notes,
      decisions: item.decisions.map((decision) => ({
        id: decision.id,
        number: decision.number,
        kind: decision.kind,
        text: decision.text,
        assignments: decision.assignments.map(({ id, title, assigneeText, dueText }) => ({
          id,
          title,
          assigneeText,
          dueText,
        })),
      })),
    })),
  }
}

/** The id of the input for a form path: "items.1.decisions.0.text" → "f-items-1-decisions-0-text". */
export const fieldId = (path: string) => `f-${path.replaceAll('.', '-')}`
