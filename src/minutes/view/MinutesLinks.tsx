/** Ways into "Protokollför": the meeting's edit view, the meeting list and the navigation. */
import type { ServerProps } from 'payload'

const MINUTES_LINK_STYLE = `.sro-minutes-link { display: inline-flex; align-items: center; margin-inline-end: 0.75rem; font-weight: 600; }`

/** Beside the meeting's save buttons: the whole mötesanteckning on one page. */
export function MeetingMinutesLink({ id, payload }: ServerProps & { id?: number | string }) {
  if (!id) return null
  return (
    <>
      <style>{MINUTES_LINK_STYLE}</style>
      <a
        className="sro-minutes-link btn btn--style-secondary btn--size-medium"
        href={`${payload.config.routes.admin}/protokollfor/${id}`}
      >
        Protokollför
      </a>
    </>
  )
}

/** Above the meeting list. */
export function MeetingListMinutesLink({ payload }: ServerProps) {
  return (
    <p>
      <a className="sro-minutes-list-link" href={`${payload.config.routes.admin}/protokollfor`}>
        <strong>Protokollför</strong>: för mötesanteckningen för ett möte på en sida
      </a>
    </p>
  )
}

/** In the navigation, for all staff (others read the screen with the form disabled). */
export function MinutesNavLink({ payload }: ServerProps) {
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/protokollfor`} id="nav-protokollfor">
      <span className="nav__link-label">Protokollför</span>
    </a>
  )
}
