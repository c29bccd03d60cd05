/** "Årshjul" in the admin's navigation, for every signed-in user (staff read the plan; editors act on it). */
import type { ServerProps } from 'payload'

export function ArshjulNavLink({ payload, user }: ServerProps) {
  if (!user) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/arshjul`} id="nav-arshjul">
      <span className="nav__link-label">Årshjul</span>
    </a>
  )
}
