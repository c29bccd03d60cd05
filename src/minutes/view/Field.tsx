'use client'
/** A labelled form control with its Swedish error beside it (aria-invalid, aria-describedby). */
import type { ReactNode } from 'react'

import { fieldId } from './formState'

export type FieldProps = { path: string; label: string; error?: string; hint?: ReactNode; hideLabel?: boolean }

export function describedBy(path: string, error?: string, hint?: ReactNode): string | undefined {
  const ids = [hint ? `${fieldId(path)}-hint` : null, error ? `${fieldId(path)}-error` : null].filter(Boolean)
  return ids.length ? ids.join(' ') : undefined
}

export function Field({ path, label, error, hint, hideLabel, children }: FieldProps & { children: ReactNode }) {
  const id = fieldId(path)
  return (
    <div className={`sro-minutes__field${error ? ' sro-minutes__field--error' : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'sro-minutes__sr-only' : 'sro-minutes__label'}>
        {label}
      </label>
      {children}
      {hint ? (
        <span id={`${id}-hint`} className="sro-minutes__hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="sro-minutes__error">
          {error}
        </span>
      ) : null}
    </div>
  )
}

/** Props every control inside a Field gets. */
export const controlProps = (path: string, error?: string, hint?: ReactNode) => ({
  id: fieldId(path),
  name: path,
  'aria-invalid': error ? true : undefined,
  'aria-describedby': describedBy(path, error, hint),
})

/** The error of a control that has no Field around it (table cells). */
export function ErrorText({ path, error }: { path: string; error?: string }) {
  if (!error) return null
  return (
    <span id={`${fieldId(path)}-error`} className="sro-minutes__error">
      {error}
    </span>
  )
}
