/** The admin's "Årshjul" view: the wheel, the plan's warnings and the grid, with promote and move on every item. */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { canEditPlan } from '../access'
import { PLAN_ITEMS_SLUG } from '../collections/planItems'
import { THEMES_SLUG } from '../collections/themes'
import { arshjulOptionsOf, loadYearPlan } from '../data'
import { planWarnings } from '../domain/checks'
import { dateLabel } from '../domain/periods'
import { zonedDate } from '../domain/zonedDate'
import { fill, wordsFor } from '../translations'
import { PlanItemActions } from './PlanItemActions'
import { PlanTable } from './PlanTable'
import { WheelSvg } from './WheelSvg'
import { ADMIN_STYLES } from './styles'

export async function ArshjulAdminView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { admin: adminRoute, api: apiRoute } = req.payload.config.routes
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/arshjul`)}`)
  const options = arshjulOptionsOf(req.payload)
  if (!options) return null
  const words = wordsFor(req.i18n?.language)
  const today = () => zonedDate({ value: new Date(), timeZone: options.timeZone })
  const thisYear = Number(today().slice(0, 4))
  const requested = typeof searchParams?.ar === 'string' ? searchParams.ar : undefined
  const validYear = requested && /^\d{4}$/.test(requested) && Number(requested) >= 2000 && Number(requested) <= 2100
  const year = validYear ? Number(requested) : thisYear
  const plan = await loadYearPlan(req.payload, options, { year, asVisitor: false })
  const warnings = planWarnings({ themes: plan.themes, meetings: plan.meetings, items: plan.items, today: today() })
  const editable = canEditPlan(options, req)
  const meetingChoices = plan.meetings
    .filter((meeting) => !meeting.cancelled)
    .map((meeting) => ({
      id: meeting.id,
      label: `${dateLabel(meeting.date)}${meeting.note ? ` (${meeting.note})` : ''}`,
    }))
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
          <h1>
            {words.view.heading} {year}
          </h1>
          {requested && !validYear ? (
            <p role="alert">{fill(words.view.badYear, { year: requested, shown: year })}</p>
          ) : null}
          <form method="get" className="arshjul-filter">
            <label htmlFor="arshjul-year">{words.view.year}</label>{' '}
            <select id="arshjul-year" name="ar" defaultValue={String(year)}>
              {years.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {candidate}
                </option>
              ))}
            </select>{' '}
            <button type="submit" className="arshjul-button">
              {words.view.show}
            </button>{' '}
            <a href={`${adminRoute}/collections/${PLAN_ITEMS_SLUG}/create`}>{words.view.newItem}</a> ·{' '}
            <a href={`${adminRoute}/collections/${THEMES_SLUG}`}>{words.view.themes}</a>
          </form>

          <section aria-labelledby="arshjul-warnings">
            <h2 id="arshjul-warnings">
              {words.view.review} ({warnings.length + plan.items.filter((item) => item.needsAttention).length})
            </h2>
            <ul>
              {warnings.map((warning, index) => (
                <li key={index}>{warning.message}</li>
              ))}
              {plan.items
                .filter((item) => item.needsAttention)
                .map((item) => (
                  <li key={item.id}>
                    <a href={`${adminRoute}/collections/${PLAN_ITEMS_SLUG}/${item.id}`}>{item.title}</a>:{' '}
                    {item.attentionNote}
                  </li>
                ))}
            </ul>
            {warnings.length === 0 && !plan.items.some((item) => item.needsAttention) ? (
              <p>{words.view.nothingToReview}</p>
            ) : null}
          </section>

          <div className="arshjul-layout">
            <WheelSvg plan={plan} />
            <ul className="arshjul-legend" aria-label={words.view.themes}>
              {plan.themes.map((theme) => (
                <li key={theme.id}>
                  <span className="arshjul-swatch" style={{ backgroundColor: theme.colour }} aria-hidden="true" />{' '}
                  {theme.name}
                </li>
              ))}
            </ul>
          </div>

          <PlanTable
            plan={plan}
            caption={fill(words.view.caption, { year })}
            meetingHref={(meeting) => `${adminRoute}/collections/${options.meetings.slug}/${meeting.id}`}
            renderItem={(item) => (
              <>
                <a href={`${adminRoute}/collections/${PLAN_ITEMS_SLUG}/${item.id}`}>{item.title}</a>
                {item.needsAttention ? <strong> {words.view.needsReview}</strong> : null}
                {editable ? (
                  <>
                    <br />
                    <PlanItemActions
                      apiPath={`${apiRoute}/${PLAN_ITEMS_SLUG}`}
                      agendaItemsPath={
                        options.agendaItems ? `${adminRoute}/collections/${options.agendaItems.slug}` : null
                      }
                      words={words.actions}
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
