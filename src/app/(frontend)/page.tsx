import config from '@payload-config'
import { getPayload } from 'payload'

import { formatSwedishDate } from '@/domain/time'

export const revalidate = false

export default async function HomePage() {
  const payload = await getPayload({ config })
  const { docs: meetings } = await payload.find({
    collection: 'meetings',
    overrideAccess: false,
    sort: '-startsAt',
    limit: 10,
    depth: 0,
    select: { title: true, slug: true, startsAt: true },
  })
  return (
    <>
      <h1>SRO – Politiskt samrådsorgan</h1>
      <p>Samråd mellan Västra Götalandsregionen och Västra Götalands 49 kommuner.</p>
      <h2>Möten</h2>
      {meetings.length === 0 ? (
        <p>Inga publicerade möten ännu.</p>
      ) : (
        <ul>
          {meetings.map((meeting) => (
            <li key={meeting.id}>
              <a href={`/moten/${meeting.slug}`}>{meeting.title ?? formatSwedishDate(meeting.startsAt)}</a>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
