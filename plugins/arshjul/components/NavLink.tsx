/** "Årshjul" in the admin's navigation, for every signed-in user (staff read the plan; editors act on it). */
import type { ServerProps } from 'payload'

import { wordsFor } from '../translations'

export function ArshjulNavLink({ payload, user, i18n }: ServerProps) {
  if (!user) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/arshjul`} id="nav-arshjul">
      <span className="nav__link-label">{wordsFor(i18n?.language).view.nav}</span>
    </a>
  )
}
