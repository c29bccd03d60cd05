/** The admin's "Årshjul" view: the wheel, the plan's warnings and the grid, with promote and move on every item. */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { canEditPlan } from '../access'
import { planWarnings } from '../domain/checks'
import { dateLabel } from '../domain/periods'
import { loadYearPlan } from '../data'
import { stockholmDate } from '../domain/stockholmDate'
import type { ArshjulOptions } from '../options'
import { PlanItemActions } from './PlanItemActions'
import { PlanTable } from './PlanTable'
import { WheelSvg } from './WheelSvg'
import { ADMIN_STYLES } from './styles'

const today = () => stockholmDate(new Date())

export async function ArshjulAdminView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { admin: adminRoute, api: apiRoute } = req.payload.config.routes
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/arshjul`)}`)
  const options = req.payload.config.custom?.arshjul as ArshjulOptions
  const thisYear = Number(today().slice(0, 4))
  const requested = typeof searchParams?.ar === 'string' ? searchParams.ar : undefined
  const validYear = requested && /^\d{4}$/.test(requested) && Number(requested) >= 2000 && Number(requested) <= 2100
  const year = validYear ? Number(requested) : thisYear
  const plan = await loadYearPlan(req.payload, options, { year, asVisitor: false })
  const warnings = planWarnings({ themes: plan.themes, meetings: plan.meetings, items: plan.items, today: today() })
  const editable = canEditPlan(options, req)
  const meetingChoices = plan.meetings.filter((meeting) => !meeting.cancelled).map((meeting) => ({ id: meeting.id, label: `${dateLabel(meeting.date)}${meeting.kind === 'presidieavstamning' ? ' (presidiet)' : ''}` }))
  const years = [thisYear - 1, thisYear, thisYear + 1, thisYear + 2]

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
        <style>{ADMIN_STYLES}</style>
        <div className="arshjul-admin">
          <h1>Årshjul {year}</h1>
          {requested && !validYear ? <p role="alert">Årtalet &quot;{requested}&quot; finns inte i årshjulet; visar {year}.</p> : null}
          <form method="get" className="arshjul-filter">
            <label htmlFor="arshjul-year">År</label>{' '}
            <select id="arshjul-year" name="ar" defaultValue={String(year)}>
              {years.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {candidate}
                </option>
              ))}
            </select>{' '}
            <button type="submit" className="arshjul-button">
              Visa
            </button>{' '}
            <a href={`${adminRoute}/collections/plan-items/create`}>Ny planerad punkt</a> · <a href={`${adminRoute}/collections/plan-themes`}>Teman</a>
          </form>

          <section aria-labelledby="arshjul-warnings">
            <h2 id="arshjul-warnings">Att se över ({warnings.length + plan.items.filter((item) => item.needsAttention).length})</h2>
            <ul>
              {warnings.map((warning, index) => (
                <li key={index}>{warning.message}</li>
              ))}
              {plan.items
                .filter((item) => item.needsAttention)
                .map((item) => (
                  <li key={item.id}>
                    <a href={`${adminRoute}/collections/plan-items/${item.id}`}>{item.title}</a>: {item.attentionNote}
                  </li>
                ))}
            </ul>
            {warnings.length === 0 && !plan.items.some((item) => item.needsAttention) ? <p>Inget att se över.</p> : null}
          </section>

          <div className="arshjul-layout">
            <WheelSvg plan={plan} />
            <ul className="arshjul-legend" aria-label="Teman">
              {plan.themes.map((theme) => (
                <li key={theme.id}>
                  <span className="arshjul-swatch" style={{ backgroundColor: theme.colour }} aria-hidden="true" /> {theme.name}
                </li>
              ))}
            </ul>
          </div>

          <PlanTable
            plan={plan}
            caption={`Årshjul ${year}: möten och teman`}
            meetingHref={(meeting) => `${adminRoute}/collections/meetings/${meeting.id}`}
            renderItem={(item) => (
              <>
                <a href={`${adminRoute}/collections/plan-items/${item.id}`}>{item.title}</a>
                {item.needsAttention ? <strong> (se över)</strong> : null}
                {editable ? (
                  <>
                    <br />
                    <PlanItemActions
                      apiRoute={apiRoute}
                      adminRoute={adminRoute}
                      itemId={item.id}
                      title={item.title}
                      meetingId={item.meetingId}
                      agendaItemId={item.agendaItemId}
                      meetings={meetingChoices}
                    />
                  </>
                ) : null}
              </>
            )}
          />
        </div>
      </Gutter>
    </DefaultTemplate>
  )
}
