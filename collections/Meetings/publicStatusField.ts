import type { Field, FieldHook } from 'payload'

import { staffField } from '@/access'
import { PUBLIC_STATUS_LABELS, type PublicStatusInput, publicMeetingStatus } from '@/domain/publicStatus'

/**
 * The public sees the published version: a meeting whose latest version is a draft is read once more without
 * drafts. That read selects only what the status needs, so this hook does not run in it again.
 */
const readPublicStatus: FieldHook = async ({ data, req }) => {
  if (!data) return undefined
  let source = data as PublicStatusInput & { id?: string }
  if (source._status === 'draft' && source.id) {
    const published = await req.payload.findByID({
      collection: 'meetings',
      id: source.id,
      draft: false,
      depth: 0,
      select: { _status: true, state: true, publication: true, approval: true },
      disableErrors: true,
      overrideAccess: true,
      req,
    })
    if (published) source = published as PublicStatusInput
  }
  return PUBLIC_STATUS_LABELS[publicMeetingStatus(source)]
}

/** One column for the staff's meeting list: what the public sees (src/domain/publicStatus.ts). Virtual, never stored. */
export const publicStatusField: Field = {
  name: 'publicStatus',
  type: 'text',
  label: 'Syns för allmänheten',
  virtual: true,
  access: { read: staffField },
  admin: {
    readOnly: true,
    position: 'sidebar',
    description: 'Räknas fram från publiceringen, statusen och godkännandet.',
  },
  hooks: { afterRead: [readPublicStatus] },
}
