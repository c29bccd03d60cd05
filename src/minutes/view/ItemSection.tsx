'use client'
/** One agenda item: position taken, notes, decisions and the assignments each gives, with the due phrase read live. */
import { describeDue, resolveDue } from '../due'
import type { FieldErrors, PlannedMeeting } from '../types'
import { Field, controlProps } from './Field'
import { type FormAssignment, type FormDecision, type FormItem, fieldId, newKey } from './formState'

export type KindOption = { label: string; value: string }

type Props = {
  item: FormItem
  index: number
  errors: FieldErrors
  kinds: KindOption[]
  meetingDate: string
  plannedMeetings: PlannedMeeting[]
  onChange: (item: FormItem) => void
}

export function ItemSection({ item, index, errors, kinds, meetingDate, plannedMeetings, onChange }: Props) {
  const path = `items.${index}`
  const headingId = `sro-minutes-item-${index}`
  const setDecision = (decisionIndex: number, decision: FormDecision | null) =>
    onChange({
      ...item,
      decisions: decision
        ? item.decisions.map((current, i) => (i === decisionIndex ? decision : current))
        : item.decisions.filter((_, i) => i !== decisionIndex),
    })
  const addDecision = () => {
    const decision: FormDecision = {
      key: newKey(),
      id: null,
      number: String(item.decisions.length + 1),
      kind: kinds[0]?.value ?? '',
      text: '',
      assignments: [],
    }
    onChange({ ...item, decisions: [...item.decisions, decision] })
    // The new decision's text is where the sekreterare writes next.
    requestAnimationFrame(() =>
      document.getElementById(fieldId(`${path}.decisions.${item.decisions.length}.text`))?.focus(),
    )
  }
  const text = (field: 'positionTaken' | 'notes', label: string, rows: number) => {
    const fieldPath = `${path}.${field}`
    return (
      <Field path={fieldPath} label={label} error={errors[fieldPath]}>
        <textarea
          {...controlProps(fieldPath, errors[fieldPath])}
          rows={rows}
          value={item[field]}
          onChange={(event) => onChange({ ...item, [field]: event.target.value })}
        />
      </Field>
    )
  }

  return (
    <section
      aria-labelledby={headingId}
      className={`sro-minutes__item${item.isSubItem ? ' sro-minutes__item--sub' : ''}`}
      id={fieldId(path)}
    >
      <h3 id={headingId}>
        {item.number}. {item.title}
      </h3>
      {errors[path] ? <p className="sro-minutes__error">{errors[path]}</p> : null}
      {text('positionTaken', 'Ställningstagande', 3)}
      {item.decisions.map((decision, decisionIndex) => (
        <DecisionFields
          key={decision.key}
          decision={decision}
          path={`${path}.decisions.${decisionIndex}`}
          errors={errors}
          kinds={kinds}
          meetingDate={meetingDate}
          plannedMeetings={plannedMeetings}
          onChange={(next) => setDecision(decisionIndex, next)}
        />
      ))}
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={addDecision}>
        Lägg till beslut under {item.number}
      </button>
      {text('notes', 'Anteckningar', 2)}
    </section>
  )
}

function DecisionFields({
  decision,
  path,
  errors,
  kinds,
  meetingDate,
  plannedMeetings,
  onChange,
}: {
  decision: FormDecision
  path: string
  errors: FieldErrors
  kinds: KindOption[]
  meetingDate: string
  plannedMeetings: PlannedMeeting[]
  onChange: (decision: FormDecision | null) => void
}) {
  const set = (change: Partial<FormDecision>) => onChange({ ...decision, ...change })
  const setAssignment = (i: number, assignment: FormAssignment | null) =>
    set({
      assignments: assignment
        ? decision.assignments.map((current, j) => (j === i ? assignment : current))
        : decision.assignments.filter((_, j) => j !== i),
    })
  const addAssignment = () => {
    set({
      assignments: [...decision.assignments, { key: newKey(), id: null, title: '', assigneeText: '', dueText: '' }],
    })
    requestAnimationFrame(() =>
      document.getElementById(fieldId(`${path}.assignments.${decision.assignments.length}.title`))?.focus(),
    )
  }
  return (
    <fieldset className="sro-minutes__decision" id={fieldId(path)}>
      <legend>Beslut {decision.number || '?'}</legend>
      <div className="sro-minutes__row">
        <Field path={`${path}.number`} label="Nummer" error={errors[`${path}.number`]}>
          <input
            {...controlProps(`${path}.number`, errors[`${path}.number`])}
            inputMode="numeric"
            size={3}
            value={decision.number}
            onChange={(event) => set({ number: event.target.value })}
          />
        </Field>
        <Field path={`${path}.kind`} label="Typ" error={errors[`${path}.kind`]}>
          <select
            {...controlProps(`${path}.kind`, errors[`${path}.kind`])}
            value={decision.kind}
            onChange={(event) => set({ kind: event.target.value })}
          >
            {kinds.map((kind) => (
              <option key={kind.value} value={kind.value}>
                {kind.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field path={`${path}.text`} label="Beslutstext" error={errors[`${path}.text`]}>
        <textarea
          {...controlProps(`${path}.text`, errors[`${path}.text`])}
          rows={2}
          value={decision.text}
          onChange={(event) => set({ text: event.target.value })}
        />
      </Field>
      {decision.assignments.map((assignment, i) => (
        <AssignmentFields
          key={assignment.key}
          assignment={assignment}
          path={`${path}.assignments.${i}`}
          number={i + 1}
          errors={errors}
          meetingDate={meetingDate}
          plannedMeetings={plannedMeetings}
          onChange={(next) => setAssignment(i, next)}
        />
      ))}
      <div className="sro-minutes__actions">
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={addAssignment}>
          Lägg till uppdrag
        </button>
        {decision.id ? null : (
          <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => onChange(null)}>
            Ta bort beslutet
          </button>
        )}
      </div>
    </fieldset>
  )
}

function AssignmentFields({
  assignment,
  path,
  number,
  errors,
  meetingDate,
  plannedMeetings,
  onChange,
}: {
  assignment: FormAssignment
  path: string
  number: number
  errors: FieldErrors
  meetingDate: string
  plannedMeetings: PlannedMeeting[]
  onChange: (assignment: FormAssignment | null) => void
}) {
  const set = (change: Partial<FormAssignment>) => onChange({ ...assignment, ...change })
  const duePath = `${path}.dueText`
  const preview = describeDue(resolveDue({ text: assignment.dueText, meetingDate, plannedMeetings }))
  const hint = <output aria-live="polite">Tolkas som: {preview}</output>
  return (
    <fieldset className="sro-minutes__assignment" id={fieldId(path)}>
      <legend>Uppdrag {number}</legend>
      <div className="sro-minutes__row">
        <Field path={`${path}.title`} label="Uppdrag i korthet" error={errors[`${path}.title`]}>
          <input
            {...controlProps(`${path}.title`, errors[`${path}.title`])}
            value={assignment.title}
            onChange={(event) => set({ title: event.target.value })}
          />
        </Field>
        <Field path={`${path}.assigneeText`} label="Ansvarig" error={errors[`${path}.assigneeText`]}>
          <input
            {...controlProps(`${path}.assigneeText`, errors[`${path}.assigneeText`])}
            placeholder="t.ex. beredningen"
            value={assignment.assigneeText}
            onChange={(event) => set({ assigneeText: event.target.value })}
          />
        </Field>
        <Field path={duePath} label="Återrapporteras" error={errors[duePath]} hint={hint}>
          <input
            {...controlProps(duePath, errors[duePath], hint)}
            placeholder="t.ex. till mötet i juni 2027"
            value={assignment.dueText}
            onChange={(event) => set({ dueText: event.target.value })}
          />
        </Field>
      </div>
      {assignment.id ? null : (
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => onChange(null)}>
          Ta bort uppdraget
        </button>
      )}
    </fieldset>
  )
}
