/**
 * Admin view "Protokollför" (/admin/protokollfor/<meetingId>): the whole mötesanteckning of one meeting on one page,
 * item by item in agenda order. Without an id it lists meetings to choose from. Minutes writers (WRITE_RIGHTS.minutes)
 * edit; other staff read it, as they read everything, with the form disabled.
 */
import type { AdminViewServerProps } from 'payload'

import { DECISION_KINDS } from '@collections/Decisions'
import { canWriteArea } from '@/access/roles'
import { AdminPage, requireUser } from '@/components/admin/AdminPage'
import { displayedMeetingState, DISPLAYED_MEETING_STATE_LABELS } from '@/domain/meetingState'
import { stockholmDate, stockholmTime } from '@/domain/time'
import { loadMinutesSheet } from '../load'
import { MinutesForm } from './MinutesForm'
import { MINUTES_STYLES } from './styles'

export async function MinutesView(view: AdminViewServerProps) {
  const { req } = view.initPageResult
  const segments = view.params?.segments
  const meetingId = Array.isArray(segments) ? segments[1] : undefined
  const user = requireUser(req, meetingId ? `/protokollfor/${meetingId}` : '/protokollfor')
  const canWrite = canWriteArea({ user, area: 'minutes' })
  const { admin, api } = req.payload.config.routes
  if (!meetingId) return <ChooseMeeting view={view} />

  const sheet = await loadMinutesSheet(req, meetingId)
  if (!sheet)
    return (
      <AdminPage view={view}>
        <h1>Protokollför</h1>
        <p role="alert">Mötet finns inte. Det kan ha raderats.</p>
        <p>
          <a href={`${admin}/protokollfor`}>Välj ett annat möte</a>
        </p>
      </AdminPage>
    )
  return (
    <AdminPage view={view}>
      <h1>Protokollför: {sheet.meeting.title}</h1>
      <p>
        Närvaro, ställningstaganden, beslut och uppdrag för hela mötet. Ingenting sparas förrän du väljer{' '}
        <strong>Spara</strong>; sidan låser inte mötet för andra, men om någon annan har sparat sedan du öppnade sidan
        får du veta det innan något skrivs över.{' '}
        <a href={`${admin}/collections/meetings/${sheet.meeting.id}`}>Öppna mötet i vanliga redigeringsvyn</a>
      </p>
      {canWrite ? null : (
        <p role="note">
          Du kan läsa mötesanteckningen här. Att föra den kräver rollen administratör eller mötessekreterare.
        </p>
      )}
      {sheet.meeting.isNoticePublished ? null : (
        <p role="note">Kallelsen är inte publicerad än; mötesanteckningen kan publiceras först efter kallelsen.</p>
      )}
      <MinutesForm
        sheet={sheet}
        kinds={DECISION_KINDS.map(({ label, value }) => ({ label, value }))}
        apiRoute={api}
        adminRoute={admin}
        canWrite={canWrite}
      />
    </AdminPage>
  )
}

/** /admin/protokollfor: the meetings, newest first, those whose minutes are not yet published marked. */
async function ChooseMeeting({ view }: { view: AdminViewServerProps }) {
  const { req } = view.initPageResult
  const admin = req.payload.config.routes.admin
  const { docs } = await req.payload.find({
    collection: 'meetings',
    req,
    user: req.user,
    overrideAccess: false,
    depth: 0,
    limit: 40,
    sort: '-startsAt',
    draft: true,
    where: { startsAt: { less_than: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString() } },
    select: { title: true, startsAt: true, state: true, publication: true },
  })
  return (
    <AdminPage view={view} className="sro-minutes-choose">
      <style>{MINUTES_STYLES}</style>
      <h1>Protokollför</h1>
      <p>Välj mötet vars mötesanteckning du ska föra. Möten som har hållits och den närmaste veckans möten visas.</p>
      <table>
        <caption className="sro-minutes__sr-only">Möten att protokollföra</caption>
        <thead>
          <tr>
            <th scope="col">Möte</th>
            <th scope="col">Datum</th>
            <th scope="col">Status</th>
            <th scope="col">Mötesanteckning</th>
          </tr>
        </thead>
        <tbody>
          {docs.map((meeting) => (
            <tr key={meeting.id}>
              <td>
                <a href={`${admin}/protokollfor/${meeting.id}`}>{meeting.title}</a>
              </td>
              <td>
                {stockholmDate(meeting.startsAt)} {stockholmTime(meeting.startsAt)}
              </td>
              <td>
                {
                  DISPLAYED_MEETING_STATE_LABELS[
                    displayedMeetingState({ state: meeting.state, startsAt: meeting.startsAt, now: new Date() })
                  ]
                }
              </td>
              <td>{meeting.publication?.isMinutesPublished ? 'Publicerad' : 'Inte publicerad'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </AdminPage>
  )
}
