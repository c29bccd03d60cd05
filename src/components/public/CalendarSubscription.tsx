import { calendarAddresses } from '@/lib/public/calendarLinks'
import { publicPayload } from '@/lib/public/payload'
import { siteUrl } from '@/lib/public/site'

/**
 * A calendar offered to subscribe to: a webcal:// link (calendar programs open it and keep it up to date), the plain
 * address to paste, and one line on how. Addresses come from the configured server URL, not the request.
 */
export async function CalendarSubscription({ path, label }: { path: string; label: string }) {
  const { config } = await publicPayload()
  const { web, webcal } = calendarAddresses({ serverURL: config.serverURL || siteUrl(), path })
  return (
    <div className="calendar-subscription">
      <p>
        <a href={webcal}>{label}</a> eller kopiera adressen <a href={web}>{web}</a>
      </p>
      <p className="meta">
        Outlook: Lägg till kalender → Från Internet, klistra in adressen. Telefon: tryck på prenumerationslänken
        (iPhone), eller lägg till adressen i Google Kalender på webben under Andra kalendrar → Från webbadress
        (Android).
      </p>
    </div>
  )
}
