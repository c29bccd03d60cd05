'use client'
/** The preview of a sending (and, after it, the outcome): message, recipients, those without an address. */
import { KIND_NAMES } from '@/sending/message'
import type { SendAnswer } from '@/sending/answer'
import { RECIPIENT_ROLE_LABELS } from '@/sending/recipients'

type Props = { answer: SendAnswer; isDone: boolean; isBusy: boolean; onSend: () => void; onCancel: () => void }

export function SendPreviewView({ answer, isDone, isBusy, onSend, onCancel }: Props) {
  const kindName = KIND_NAMES[answer.kind].toLowerCase()
  const failedByEmail = new Map((answer.failed ?? []).map((failure) => [failure.email, failure.error]))
  return (
    <section aria-labelledby="sro-send-preview">
      <h3 id="sro-send-preview">
        {isDone ? `Utskick av ${kindName}` : `Förhandsgranskning: ${kindName} (inget är skickat än)`}
      </h3>
      <dl>
        <dt>Ämne</dt>
        <dd>{answer.subject}</dd>
        <dt>Bifogad fil</dt>
        <dd>{answer.attachmentName}</dd>
      </dl>
      <h4>Meddelande</h4>
      <pre>{answer.text}</pre>
      {answer.notice ? <p role="alert">{answer.notice}</p> : null}

      {answer.toSend.length ? (
        <table>
          <caption>
            {isDone ? 'Mottagare' : 'Får meddelandet'} ({answer.toSend.length})
          </caption>
          <thead>
            <tr>
              <th scope="col">Namn</th>
              <th scope="col">Som</th>
              <th scope="col">E-post</th>
              {isDone ? <th scope="col">Status</th> : null}
            </tr>
          </thead>
          <tbody>
            {answer.toSend.map((recipient) => (
              <tr key={recipient.email}>
                <td>{recipient.name}</td>
                <td>{RECIPIENT_ROLE_LABELS[recipient.role]}</td>
                <td>{recipient.email}</td>
                {isDone ? (
                  <td>
                    {failedByEmail.has(recipient.email)
                      ? `Misslyckades: ${failedByEmail.get(recipient.email)}`
                      : 'Skickat'}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      {answer.alreadySent.length ? (
        <>
          <h4>
            Har redan fått {kindName}n ({answer.alreadySent.length})
          </h4>
          <p>De får den inte igen om du inte väljer ”Skicka igen till alla”.</p>
          <ul>
            {answer.alreadySent.map((recipient) => (
              <li key={recipient.email}>
                {recipient.name} ({recipient.email})
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {answer.withoutAddress.length ? (
        <>
          <h4>Saknar e-postadress i registret ({answer.withoutAddress.length})</h4>
          <p>Nå dem på annat sätt, eller lägg till en adress under Register → Personer.</p>
          <ul className="sro-send__without">
            {answer.withoutAddress.map((person, index) => (
              <li key={`${person.name}-${index}`}>
                {person.name} ({RECIPIENT_ROLE_LABELS[person.role]}
                {person.isInRegister ? '' : ', finns inte i registret'})
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {!isDone ? (
        <div className="sro-send__actions">
          <button
            type="button"
            className="btn btn--style-primary btn--size-medium"
            disabled={isBusy || answer.toSend.length === 0}
            onClick={onSend}
          >
            Skicka nu ({answer.toSend.length} mottagare)
          </button>
          <button type="button" className="btn btn--style-secondary btn--size-medium" onClick={onCancel}>
            Avbryt
          </button>
        </div>
      ) : null}
    </section>
  )
}
