import { DIALOGUE_KINDS, HANDLINGS } from '../../../collections/AgendaItems/options'
import { labelOf } from '../../../collections/Meetings/options'
import type { Person } from '@/payload-types'
import type { MeetingStage, PublicAgendaItem } from '@/lib/public/meetings'
import { AttachmentList } from './AttachmentList'
import { MissingDocumentList } from './MissingDocumentList'
import { ItemText } from './ItemText'
import { richTextToPlainText } from '@/richtext'

function presenterName(person: string | Person): string | null {
  if (typeof person !== 'object') return null
  const organisation =
    typeof person.organisation === 'object' ? person.organisation?.shortName || person.organisation?.name : null
  return organisation ? `${person.name}, ${organisation}` : person.name
}

/** One agenda item with its anchor (#punkt-4), in the kallelse or the minutes view. */
export function AgendaItemView({
  item,
  stage,
  headingLevel = 3,
}: {
  item: PublicAgendaItem
  stage: MeetingStage
  headingLevel?: 3 | 4
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  const SubHeading = headingLevel === 3 ? 'h4' : 'h5'
  // "Information inför ställningstagande 1 september": the handling as the document wrote it, note included.
  const handling = [(item.handling ?? []).map((value) => labelOf(HANDLINGS, value)).join(', '), item.handlingNote]
    .filter(Boolean)
    .join(' ')
  const presenters = (item.presenters ?? []).map(presenterName).filter(Boolean)
  const caseDoc = typeof item.case === 'object' ? item.case : null
  const isMinutes = stage === 'minutes'
  // Rich text, one region id per field so that two tables on the page never share one.
  const text = (value: unknown, field: string) => (
    <ItemText value={value} id={`${item.anchor}-${field}-tabell`} tableLabel={`Tabell i punkt ${item.label}`} />
  )
  const hasText = (value: unknown) => richTextToPlainText(value).trim() !== ''
  return (
    <li id={item.anchor} className={item.isPause ? 'agenda-item pause' : 'agenda-item'}>
      <article aria-labelledby={`${item.anchor}-rubrik`}>
        <Heading id={`${item.anchor}-rubrik`}>
          {/* A pause has no number of its own ("Paus · 10 minuter", not "paus. Paus"). */}
          {item.isPause ? (
            [item.title, item.durationMinutes ? `${item.durationMinutes} minuter` : null].filter(Boolean).join(' · ')
          ) : (
            <>
              <span className="item-number">{item.parentId ? `${item.number})` : `${item.number}.`}</span> {item.title}
            </>
          )}{' '}
          <a className="permalink" href={`#${item.anchor}`} aria-label={`Länk till punkt ${item.label}`}>
            #
          </a>
        </Heading>
        {/* Only times the record may print (shownItemTime): a computed plan is marked "planerad tid", never invented in minutes. */}
        {(handling || item.timeText || (Boolean(item.durationMinutes) && !item.isPause)) && (
          <p className="meta">
            {[handling, item.durationMinutes && !item.isPause ? `${item.durationMinutes} minuter` : null, item.timeText]
              .filter(Boolean)
              .join(' · ')}
          </p>
        )}
        {presenters.length > 0 && (
          <p>
            <strong>Föredragande:</strong> {presenters.join(', ')}
            {item.presenterNote ? ` (${item.presenterNote})` : null}
          </p>
        )}
        {caseDoc?.slug && (
          <p>
            Ärende: <a href={`/arenden/${caseDoc.slug}`}>{caseDoc.title}</a>
          </p>
        )}
        <AttachmentList attachments={item.attachments} />
        <MissingDocumentList documents={item.missingDocuments} />
        {item.links && item.links.length > 0 && (
          <ul className="links">
            {item.links.map((link) => (
              <li key={link.id ?? link.url}>
                <a href={link.url}>{link.label}</a>
              </li>
            ))}
          </ul>
        )}
        {!isMinutes && hasText(item.proposedPosition) && (
          <div className="position">
            <SubHeading>Förslag till ställningstagande</SubHeading>
            {text(item.proposedPosition, 'forslag')}
          </div>
        )}
        {isMinutes && (hasText(item.positionTaken) || item.decisionsList.length > 0) && (
          <div className="position">
            <SubHeading>Ställningstagande</SubHeading>
            {text(item.positionTaken, 'stallningstagande')}
            {item.decisionsList.length > 0 && (
              <ol className="decisions">
                {item.decisionsList.map((decision) => (
                  <li key={decision.id} id={`${item.anchor}-beslut-${decision.number}`} value={decision.number}>
                    {decision.text}
                  </li>
                ))}
              </ol>
            )}
          </div>
        )}
        {text(item.description, 'beskrivning')}
        {isMinutes && text(item.notes, 'anteckningar')}
        {isMinutes && item.dialogue && item.dialogue.length > 0 && (
          <div className="dialogue">
            <SubHeading>Dialog</SubHeading>
            <ul>
              {item.dialogue.map((entry) => (
                <li key={entry.id ?? entry.text}>
                  {entry.kind !== 'dialog' && <strong>{labelOf(DIALOGUE_KINDS, entry.kind)}: </strong>}
                  {entry.text}
                </li>
              ))}
            </ul>
          </div>
        )}
        {item.children.length > 0 && (
          <ol className="sub-items">
            {item.children.map((child) => (
              <AgendaItemView key={child.id} item={child} stage={stage} headingLevel={4} />
            ))}
          </ol>
        )}
      </article>
    </li>
  )
}
