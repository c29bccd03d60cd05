/** "Importera" in the admin's navigation, for those who may import. */
import type { ServerProps } from 'payload'

import { canWriteArea } from '@/access/roles'

export function ImportNavLink({ user, payload }: ServerProps) {
  if (!canWriteArea({ user, area: 'minutes' })) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/importera`} id="nav-importera">
      <span className="nav__link-label">Importera dokument</span>
    </a>
  )
}
