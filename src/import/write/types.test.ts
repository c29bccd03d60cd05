/**
 * Type-level checks (run by `tsc`, as `npm run typecheck` does): the writer's data is typed by the generated
 * payload-types, so a field renamed in a collection breaks the build here instead of being written nowhere.
 */
import { describe, expectTypeOf, it } from 'vitest'

import type { ImportDocumentArgs } from './types'
import type { UpdateData, WriteContext } from './writeContext'

/** Never called: only compiled. */
export function typeOnlyChecks({ ctx, stored }: { ctx: WriteContext; stored: { id: string } }): void {
  // @ts-expect-error agenda items have no field `startTime` (the override is `startOverride`)
  void ctx.update({ collection: 'agenda-items', stored, desired: { startTime: '13:00' } })
  // @ts-expect-error a decision cannot be created without its agenda item
  void ctx.create({ collection: 'decisions', data: { number: 1, kind: 'beslutar', text: 'SRO beslutar.' } })
  void ctx.create({
    collection: 'memberships',
    // @ts-expect-error a membership's side is 'vgk' or 'vgr'
    data: { person: 'p1', body: 'SRO', side: 'kommun', group: 'kommunpolitiker', role: 'ledamot' },
  })
}

describe('writer types', () => {
  it('should keep the test-only failAfterItems out of the public arguments', () => {
    expectTypeOf<ImportDocumentArgs>().not.toHaveProperty('failAfterItems')
  })

  it('should type update data by the collection written', () => {
    expectTypeOf<UpdateData<'agenda-items'>>()
      .toHaveProperty('startOverride')
      .toEqualTypeOf<string | null | undefined>()
  })
})
