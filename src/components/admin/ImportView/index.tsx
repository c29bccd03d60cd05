/** The admin's "Importera" view: upload a kallelse or mötesanteckning, check the preview and warnings, confirm. */
import type { AdminViewServerProps } from 'payload'

import { canWriteArea } from '@/access/roles'
import { AdminPage, requireUser } from '../AdminPage'
import { ImportForm } from './ImportForm'

export function ImportView(view: AdminViewServerProps) {
  const { req } = view.initPageResult
  const user = requireUser(req, '/importera')
  const allowed = canWriteArea({ user, area: 'minutes' })
  return (
    <AdminPage view={view}>
      <h1>Importera kallelse eller mötesanteckning</h1>
      {allowed ? (
        <ImportForm adminRoute={req.payload.config.routes.admin} apiRoute={req.payload.config.routes.api} />
      ) : (
        <p role="alert">
          Din roll får inte importera dokument. Importen kräver rätt att föra mötesanteckningar (administratör eller
          mötessekreterare).
        </p>
      )}
    </AdminPage>
  )
}
