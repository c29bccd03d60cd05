import type { CollectionBeforeChangeHook } from 'payload'

import { membersOn } from '@/domain/roster'
import { stockholmDate } from '@/domain/time'
import { populated, relationId } from '@/lib/relations'

/** Set by the importer: a document's list (even an empty one) is the record and is never filled from the register. */
export const KEEP_CALLED = 'keepCalled'

/**
 * A new meeting without a list of those called starts from the memberships valid on its day; staff edit it from
 * there. Only on create: later changes to the register never rewrite a meeting's list.
 */
export const fillCalled: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || req.context?.[KEEP_CALLED] || (data.called && data.called.length > 0) || !data.startsAt)
    return data
  const { docs } = await req.payload.find({
    collection: 'memberships',
    where: { body: { equals: data.body || 'SRO' } },
    depth: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const members = membersOn(
    docs.map((doc) => {
      const person = populated(doc.person)
      return {
        id: doc.id,
        personName: person?.name ?? '',
        party: person?.party ?? null,
        side: doc.side,
        group: doc.group,
        role: doc.role,
        roleTitle: doc.roleTitle,
        organisationName: populated(doc.organisation)?.name ?? null,
        startDate: doc.startDate,
        endDate: doc.endDate,
        sortOrder: doc.sortOrder,
        personId: relationId(doc.person),
        organisationId: relationId(doc.organisation),
      }
    }),
    stockholmDate(data.startsAt),
  )
  const called = members
    .filter((member) => member.personName)
    .map((member) => ({
      name: member.personName,
      person: member.personId ?? undefined,
      party: member.party ?? undefined,
      side: member.side,
      group: member.group,
      role: member.role,
      roleTitle: member.roleTitle ?? undefined,
      organisationName: member.organisationName ?? undefined,
      organisation: member.organisationId ?? undefined,
      isSubstitute: false,
    }))
  return called.length ? { ...data, called } : data
}
