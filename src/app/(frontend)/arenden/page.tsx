import type { Metadata } from 'next'

import { listCases } from '@/lib/public/cases'

export const revalidate = false
export const metadata: Metadata = {
  title: 'Ärenden',
  description: 'Ärenden som SRO har behandlat, med tidsplan och historik.',
}

export default async function CasesPage() {
  const { docs } = await listCases()
  return (
    <>
      <h1>Ärenden</h1>
      {docs.length === 0 ? (
        <p>Inga ärenden är publicerade ännu.</p>
      ) : (
        <ul className="case-list">
          {docs.map((entry) => (
            <li key={entry.id}>
              <a href={`/arenden/${entry.slug}`}>{entry.title}</a>
              {entry.reference ? <span className="meta"> ({entry.reference})</span> : null}
              {entry.description ? <p>{entry.description}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
