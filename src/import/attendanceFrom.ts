/**
 * When someone joined the meeting, as an attendance note says it: "ansluter kl. 13.30", "från 13.30",
 * "efter 13.30 (Helen Nordling ersätter)", "anslöt 13:45". Leaving times ("lämnar 14.00") are not a start.
 */
const JOINED =
  /(?:^|\s)(?:från|efter|anslut\p{L}*|anslöt|kom(?:mer)?)\s+(?:kl\.?\s*|klockan\s*)?(\d{1,2})[.:](\d{2})(?!\d)/iu

export function attendanceFrom(note: string | null | undefined): string | undefined {
  const match = JOINED.exec(note ?? '')
  if (!match) return undefined
  const hours = Number(match[1])
  const minutes = Number(match[2])
  if (hours > 23 || minutes > 59) return undefined
  return `${String(hours).padStart(2, '0')}:${match[2]}`
}
