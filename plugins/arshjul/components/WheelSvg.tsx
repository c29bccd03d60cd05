/** The year as a wheel: months around the edge, one ring per theme, a marker for each meeting and planned item. */
import { dateLabel } from '../domain/periods'
import { monthSectors, pointAt, themeRings, yearFraction } from '../domain/wheel'
import type { YearPlan } from '../data'

const SIZE = 420
const CENTRE = { x: SIZE / 2, y: SIZE / 2 }

export function WheelSvg({ plan, id = 'arshjul-wheel' }: { plan: YearPlan; id?: string }) {
  const months = monthSectors(plan.year, 168, 205, CENTRE)
  const rings = themeRings(plan.themes.length, 60, 160)
  const ringOf = new Map(plan.themes.map((theme, index) => [theme.id, rings[index]!]))
  const meetingById = new Map(plan.meetings.map((meeting) => [meeting.id, meeting]))
  const summary = `${plan.meetings.length} möten och ${plan.items.length} planerade punkter under ${plan.year}, i ${plan.themes.length} teman: ${plan.themes.map((theme) => theme.name).join(', ')}. Samma innehåll finns i tabellen.`
  return (
    <svg
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      width={SIZE}
      height={SIZE}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      className="arshjul-wheel"
    >
      {/* One string: React hydrates a <title> as one text node, and two children made a hydration error. */}
      <title id={`${id}-title`}>{`Årshjul ${plan.year}`}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      {months.map((month) => (
        <g key={month.month}>
          <path d={month.path} fill={month.month % 2 ? '#f2f2f2' : '#e0e0e0'} stroke="#ffffff" />
          <text
            x={month.label.x}
            y={month.label.y}
            textAnchor="middle"
            dominantBaseline="middle"
            fontSize="11"
            fill="#1a1a1a"
          >
            {month.name.slice(0, 3)}
          </text>
        </g>
      ))}
      {plan.themes.map((theme) => {
        const ring = ringOf.get(theme.id)!
        return (
          <circle
            key={theme.id}
            cx={CENTRE.x}
            cy={CENTRE.y}
            r={(ring.inner + ring.outer) / 2}
            fill="none"
            stroke={theme.colour}
            strokeOpacity="0.25"
            strokeWidth={ring.outer - ring.inner - 1}
          />
        )
      })}
      {plan.meetings.map((meeting) => {
        const f = yearFraction(meeting.date)
        const a = pointAt(f, 58, CENTRE)
        const b = pointAt(f, 166, CENTRE)
        return (
          <line
            key={meeting.id}
            x1={a.x}
            y1={a.y}
            x2={b.x}
            y2={b.y}
            stroke={meeting.cancelled ? '#b00020' : '#1a1a1a'}
            strokeWidth="2"
            strokeDasharray={meeting.cancelled ? '4 3' : undefined}
          >
            <title>{`${meeting.title || dateLabel(meeting.date)}${meeting.cancelled ? ' (inställt)' : ''}`}</title>
          </line>
        )
      })}
      {plan.items.map((item) => {
        const meeting = item.meetingId ? meetingById.get(item.meetingId) : undefined
        const ring = item.themeId ? ringOf.get(item.themeId) : undefined
        if (!meeting || !ring) return null
        const point = pointAt(yearFraction(meeting.date), (ring.inner + ring.outer) / 2, CENTRE)
        const theme = plan.themes.find((candidate) => candidate.id === item.themeId)
        return (
          <circle
            key={item.id}
            cx={point.x}
            cy={point.y}
            r="6"
            fill={theme?.colour ?? '#1a1a1a'}
            stroke="#ffffff"
            strokeWidth="1.5"
          >
            <title>{`${dateLabel(meeting.date)}: ${item.title}`}</title>
          </circle>
        )
      })}
      <text
        x={CENTRE.x}
        y={CENTRE.y}
        textAnchor="middle"
        dominantBaseline="middle"
        fontSize="28"
        fontWeight="700"
        fill="#1a1a1a"
      >
        {plan.year}
      </text>
    </svg>
  )
}
