/**
 * Password rules (ASVS 5.0 V6.2): at least 12 characters, at most 128, and not a common password.
 * The list is zxcvbn's (about 49 000 passwords from leaked sets), shipped by @zxcvbn-ts/language-common.
 * Since few list entries have 12 characters, a password is also refused when what is left after removing
 * trailing digits and punctuation ("Sommar2025!!" -> "sommar") is on the list: that is how short common
 * passwords are stretched to pass a length rule.
 */
import { dictionary } from '@zxcvbn-ts/language-common'

export const MIN_PASSWORD_LENGTH = 12
// Long enough for any passphrase; bounded so one request cannot make the server hash megabytes.
export const MAX_PASSWORD_LENGTH = 128

let commonPasswords: Set<string> | undefined
const common = (): Set<string> => (commonPasswords ??= new Set(dictionary['passwords-common']))

export function isCommonPassword(password: string): boolean {
  const lower = password.normalize('NFKC').toLowerCase()
  const stem = lower.replace(/[\d\s\p{P}\p{S}]+$/u, '')
  return common().has(lower) || (stem.length > 0 && common().has(stem))
}

/** Swedish message for the password field, or null when the password may be used. */
export function passwordProblem(password: unknown): string | null {
  if (typeof password !== 'string') return 'Ange ett lösenord.'
  const length = [...password].length
  if (length < MIN_PASSWORD_LENGTH) return `Lösenordet måste vara minst ${MIN_PASSWORD_LENGTH} tecken långt.`
  if (length > MAX_PASSWORD_LENGTH) return `Lösenordet får vara högst ${MAX_PASSWORD_LENGTH} tecken långt.`
  if (isCommonPassword(password))
    return 'Lösenordet är för vanligt (det finns i listor över läckta lösenord). Välj ett annat.'
  return null
}
