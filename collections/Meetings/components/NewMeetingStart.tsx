'use client'
/**
 * A new meeting, before its first save: focus starts in Börjar, and Slutar follows Börjar at SRO's standard length
 * until someone types another end. Beredning types one time instead of moving to and typing two (issue 17).
 */
import { useForm, useFormFields } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

import { proposedMeetingEnd } from '@/domain/time'

export function NewMeetingStart() {
  const startsAt = useFormFields(([fields]) => fields.startsAt?.value) as string | null | undefined
  const endsAt = useFormFields(([fields]) => fields.endsAt?.value) as string | null | undefined
  const dispatch = useFormFields(([, dispatchFields]) => dispatchFields)
  const { setModified } = useForm()
  const proposed = useRef<string | null>(null)
  const end = useRef(endsAt)
  end.current = endsAt

  // Payload loads the date picker after the form: wait for its input (a few seconds at most), and never take focus
  // from a field the user is already in.
  useEffect(() => {
    const deadline = Date.now() + 10_000
    let frame = 0
    const focusStart = () => {
      if (document.activeElement && document.activeElement !== document.body) return
      const input = document.querySelector<HTMLInputElement>('#field-startsAt .react-datepicker__input-container input')
      if (input) input.focus()
      else if (Date.now() < deadline) frame = requestAnimationFrame(focusStart)
    }
    focusStart()
    return () => cancelAnimationFrame(frame)
  }, [])

  // Only a change of the start proposes; an end cleared on purpose stays empty.
  useEffect(() => {
    const next = proposedMeetingEnd({ startsAt, endsAt: end.current, proposed: proposed.current })
    if (!next) return
    proposed.current = next
    dispatch({ type: 'UPDATE', path: 'endsAt', value: next })
    setModified(true)
  }, [startsAt, dispatch, setModified])

  return null
}
