import { describe, expect, it } from 'vitest'

import { type ListedPerson, isSendableAddress, planRecipients } from './recipients'

const person = (
  name: string,
  personId: string | null,
  email: string | null,
  role: ListedPerson['role'] = 'kallad',
) => ({
  name,
  personId,
  email,
  role,
})
const nothingSent = { personIds: new Set<string>(), emails: new Set<string>() }

describe('planRecipients', () => {
  it('should send to those called and their ersättare with an address, and list the others by name', () => {
    const plan = planRecipients({
      called: [
        person('Anna', 'p1', 'anna@kommun.se'),
        person('Bo', 'p2', null),
        person('Cecilia', 'p3', 'cecilia@region.se', 'ersattare'),
        person('Ej i registret', null, null),
      ],
      guests: [person('Gäst', 'g1', 'gast@example.se', 'gast')],
      includeGuests: false,
      sentBefore: nothingSent,
      resendToAll: false,
    })
    expect(plan.toSend.map((recipient) => recipient.name)).toEqual(['Anna', 'Cecilia'])
    expect(plan.withoutAddress).toEqual([
      { name: 'Bo', role: 'kallad', isInRegister: true },
      { name: 'Ej i registret', role: 'kallad', isInRegister: false },
    ])
  })

  it('should add guests only when chosen, and each person and address once', () => {
    const plan = planRecipients({
      called: [person('Anna', 'p1', 'anna@kommun.se'), person('Anna igen', 'p1', 'anna@kommun.se')],
      guests: [
        person('Gäst', 'g1', 'Gast@Example.se', 'gast'),
        person('Samma brevlåda', 'g2', 'gast@example.se', 'gast'),
      ],
      includeGuests: true,
      sentBefore: nothingSent,
      resendToAll: false,
    })
    expect(plan.toSend.map((recipient) => [recipient.name, recipient.role])).toEqual([
      ['Anna', 'kallad'],
      ['Gäst', 'gast'],
    ])
  })

  it('should skip those who received it before unless sending to all again', () => {
    const args = {
      called: [person('Anna', 'p1', 'anna@kommun.se'), person('Bo', 'p2', 'bo@kommun.se')],
      guests: [],
      includeGuests: false,
      sentBefore: { personIds: new Set(['p1']), emails: new Set<string>() },
    }
    const again = planRecipients({ ...args, resendToAll: false })
    expect(again.toSend.map((recipient) => recipient.name)).toEqual(['Bo'])
    expect(again.alreadySent.map((recipient) => recipient.name)).toEqual(['Anna'])
    expect(planRecipients({ ...args, resendToAll: true }).toSend).toHaveLength(2)
  })

  it('should not send to an address that could carry a header or a list', () => {
    for (const bad of [
      'a@b',
      'Anna <a@b.se>',
      'a@b.se, c@d.se',
      'a@b.se\r\nBcc: x@y.se',
      ' ',
      'x'.repeat(250) + '@b.se',
    ])
      expect(isSendableAddress(bad), bad).toBe(false)
    expect(isSendableAddress('anna.andersson@vgregion.se')).toBe(true)
  })
})
