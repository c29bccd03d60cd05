/**
 * Who gets a meeting's kallelse or mötesanteckning by e-mail: pure, so the preview and the sending agree.
 * Those called (the meeting's own list, ersättare included) and, when chosen, the invited guests who are in the
 * register; each person once. Without an address a person is listed by name, for staff to reach another way.
 */

export type RecipientRole = 'kallad' | 'ersattare' | 'gast'

export const RECIPIENT_ROLE_LABELS: Record<RecipientRole, string> = {
  kallad: 'Kallad',
  ersattare: 'Ersättare',
  gast: 'Inbjuden gäst',
}

/** One row of the meeting's list of those called or invited, with the register's address when there is one. */
export type ListedPerson = {
  name: string
  personId: string | null
  email: string | null
  role: RecipientRole
}

export type Recipient = { name: string; personId: string | null; email: string; role: RecipientRole }

export type RecipientPlan = {
  /** Who this sending goes to. */
  toSend: Recipient[]
  /** Who already received this kind and is skipped (unless staff chose to send to all again). */
  alreadySent: Recipient[]
  /** Who cannot be e-mailed: not in the register, or no address there. */
  withoutAddress: { name: string; role: RecipientRole; isInRegister: boolean }[]
}

/** A plain, single address: no display name, no list, nothing a header could be built from. */
const ADDRESS = /^[^\s@<>,;"'()]+@[^\s@<>,;"'()]+\.[^\s@<>,;"'()]+$/

export function isSendableAddress(email: string | null | undefined): email is string {
  return typeof email === 'string' && email.length <= 254 && ADDRESS.test(email.trim())
}

export function planRecipients({
  called,
  guests,
  includeGuests,
  sentBefore,
  resendToAll,
}: {
  called: ListedPerson[]
  guests: ListedPerson[]
  includeGuests: boolean
  /** Person ids and addresses (lower case) that have received this kind of this meeting. */
  sentBefore: { personIds: ReadonlySet<string>; emails: ReadonlySet<string> }
  resendToAll: boolean
}): RecipientPlan {
  const plan: RecipientPlan = { toSend: [], alreadySent: [], withoutAddress: [] }
  const seenPeople = new Set<string>()
  const seenAddresses = new Set<string>()
  for (const person of [...called, ...(includeGuests ? guests : [])]) {
    if (person.personId) {
      if (seenPeople.has(person.personId)) continue
      seenPeople.add(person.personId)
    }
    if (!isSendableAddress(person.email)) {
      plan.withoutAddress.push({ name: person.name, role: person.role, isInRegister: Boolean(person.personId) })
      continue
    }
    const email = person.email.trim()
    const key = email.toLowerCase()
    // Two people sharing one address (a shared mailbox) get one message.
    if (seenAddresses.has(key)) continue
    seenAddresses.add(key)
    const recipient: Recipient = { name: person.name, personId: person.personId, email, role: person.role }
    const hasReceived =
      (person.personId !== null && sentBefore.personIds.has(person.personId)) || sentBefore.emails.has(key)
    if (hasReceived && !resendToAll) plan.alreadySent.push(recipient)
    else plan.toSend.push(recipient)
  }
  return plan
}
