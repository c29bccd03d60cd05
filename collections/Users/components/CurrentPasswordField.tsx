'use client'
/**
 * A password input for "Nuvarande lösenord". Client component because Payload's PasswordField is one; it gets a
 * validator that accepts an empty value, since the field is needed only when the password or e-mail changes
 * (the server decides, hooks/requireCurrentPassword.ts).
 */
import type { TextFieldClientProps } from 'payload'

import { PasswordField } from '@payloadcms/ui'

export function CurrentPasswordField(props: TextFieldClientProps) {
  return <PasswordField autoComplete="current-password" field={props.field} path={props.path} validate={() => true} />
}
