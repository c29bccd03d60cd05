/**
 * The computed time slot in the admin, printed like the public page prints it ("13.05–13.25"). Server components:
 * the value comes with the document, nothing runs in the browser.
 */
import type { DefaultServerCellComponentProps, JSONFieldServerComponent } from 'payload'

import { type PlannedSlot, formatTimeSlot } from '@/domain/time'

const printed = (value: unknown) =>
  value && typeof value === 'object' && 'startsAt' in value ? formatTimeSlot(value as PlannedSlot) : '–'

export function TimeSlotCell({ cellData }: DefaultServerCellComponentProps) {
  return <span>{printed(cellData)}</span>
}

export const TimeSlotField: JSONFieldServerComponent = ({ data, field }) => (
  <div className="field-type">
    <span className="field-label">Tid enligt tidsplan</span>
    <p>{printed(data?.[field.name])}</p>
    {typeof field.admin?.description === 'string' && <div className="field-description">{field.admin.description}</div>}
  </div>
)
