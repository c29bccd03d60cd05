/** The admin's "Importera" view: upload a kallelse or mötesanteckning, check the preview and warnings, confirm. */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { canWriteArea } from '../../../access/roles'
import { ImportForm } from './ImportForm'

export function ImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/importera`)}`)
  const allowed = canWriteArea({ user: req.user, area: 'minutes' })
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>Importera kallelse eller mötesanteckning</h1>
        {allowed ? (
          <ImportForm adminRoute={adminRoute} apiRoute={req.payload.config.routes.api} />
        ) : (
          <p role="alert">Din roll får inte importera dokument. Importen kräver rätt att föra mötesanteckningar (administratör eller mötessekreterare).</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
