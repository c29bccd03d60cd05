/**
 * Shared fixtures of the decision-log integration tests: meetings, an agenda item with a decision, and the
 * report-backs proposed for a meeting (in the årshjul, or as draft agenda items without it).
 */
import type { Payload } from 'payload'

import { stockholmInstant } from '@/domain/time'

const context = { disableRevalidate: true }

/** `payload` is read when a fixture runs: the test files start Payload in beforeAll. */
export function decisionLogFixtures({ payload: current }: { payload: () => Payload }) {
  async function meeting(
    date: string,
    { minutesPublished = false, state = 'planned' as 'planned' | 'held' | 'cancelled' } = {},
  ) {
    return current().create({
      collection: 'meetings',
      context,
      data: {
        body: 'SRO',
        kind: 'ordinarie',
        state,
        startsAt: stockholmInstant({ date, time: '09:30' }).toISOString(),
        startsAt_tz: 'Europe/Stockholm',
        publication: { isNoticePublished: minutesPublished, isMinutesPublished: minutesPublished },
        _status: minutesPublished ? 'published' : 'draft',
      },
    })
  }

  async function given(meetingId: string, title: string) {
    const item = await current().create({
      collection: 'agenda-items',
      context,
      data: { meeting: meetingId, number: '9', order: 90, title, isPublic: true, _status: 'published' },
    })
    const decision = await current().create({
      collection: 'decisions',
      context,
      data: { agendaItem: item.id, number: 1, kind: 'ger_i_uppdrag', text: `${title}: beslut` },
    })
    return { item, decision }
  }

  /** With the årshjul plugin (as configured), report-backs are proposed as planned items in the årshjul. */
  async function proposalsOn(meetingId: string) {
    const { docs } = await current().find({
      collection: 'plan-items',
      where: { and: [{ meeting: { equals: meetingId } }, { proposedBy: { like: 'assignment:' } }] },
      depth: 0,
    })
    return docs
  }

  async function draftReportBackItems() {
    return (
      await current().find({
        collection: 'agenda-items',
        where: { title: { like: 'Återrapportering' } },
        draft: true,
        depth: 0,
      })
    ).docs
  }

  return { meeting, given, proposalsOn, draftReportBackItems }
}
