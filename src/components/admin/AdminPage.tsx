/** The frame of the project's own admin views: Payload's template (navigation, header) around the content. */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps, PayloadRequest } from 'payload'
import type { ReactNode } from 'react'

import type { User } from '@/payload-types'

/** The logged-in user; without one, the login page, which returns to `path` (below the admin route) afterwards. */
export function requireUser(req: PayloadRequest, path: string): User {
  const admin = req.payload.config.routes.admin
  if (!req.user) redirect(`${admin}/login?redirect=${encodeURIComponent(`${admin}${path}`)}`)
  return req.user as User
}

export function AdminPage({
  view,
  className,
  children,
}: {
  view: AdminViewServerProps
  className?: string
  children: ReactNode
}) {
  const { initPageResult, params, searchParams } = view
  const { req, permissions, visibleEntities, locale } = initPageResult
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
      <Gutter className={className}>{children}</Gutter>
    </DefaultTemplate>
  )
}
