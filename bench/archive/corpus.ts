/**
 * Generated SRO documents (kallelser and mötesanteckningar in the style of tests/fixtures/minutes), deterministic:
 * the import bench imports 500 of them, the ten-year archive (./generate.ts) about a hundred larger ones.
 */
import { SWEDISH_MONTHS } from '../../src/domain/time'

const FIRST = [
  'Anna',
  'Erik',
  'Karin',
  'Lars',
  'Maria',
  'Per',
  'Helena',
  'Johan',
  'Sara',
  'Mats',
  'Eva',
  'Anders',
  'Lena',
  'Jonas',
  'Ulla',
  'Björn',
]
const LAST = [
  'Andersson',
  'Berg',
  'Carlsson',
  'Dahl',
  'Ek',
  'Forsberg',
  'Gustafsson',
  'Holm',
  'Isaksson',
  'Jönsson',
  'Karlsson',
  'Lind',
  'Månsson',
  'Nyström',
]
const PARTIES = ['S', 'M', 'C', 'V', 'KD', 'L', 'MP']
const KOMMUNALFORBUND = ['Göteborgsregionen', 'Skaraborg', 'Boråsregionen', 'Fyrbodal']
const TOPICS = [
  'Nytt hälso- och sjukvårdsavtal',
  'Läns gemensam riktlinje patientsäkerhet',
  'Hjälpmedelsförsörjning i Västra Götaland',
  'Uppföljning av god och nära vård',
  'Psykisk hälsa, handlingsplan',
  'Vårdinformationssystem',
  'Gemensamma digitaliseringsfrågor',
  'Kompetensförsörjning i primärvården',
  'Samverkan kring barn och unga',
  'Årshjul och mötesplanering',
  'Läkemedelsförsörjning',
  'Ekonomiskt ansvar vid utskrivning',
]

/** A deterministic pseudo-random sequence, so that every run imports the same corpus. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const person = (index: number) =>
  `${FIRST[index % FIRST.length]} ${LAST[Math.floor(index / FIRST.length) % LAST.length]}`
const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}.${String(minutes % 60).padStart(2, '0')}`

export type DocumentShape = {
  /** The meeting's day (UTC midnight). Default: one a week from January 2012, Thursdays. */
  date?: Date
  isNotice?: boolean
  /** Timed items after 1, a, b, 2, 3 (default 4–6). */
  timed?: number
  /** Whether the i-th timed item of minutes gives an assignment (default: the second, in every third document). */
  hasAssignment?: (timedIndex: number) => boolean
}

export function generateDocument(
  index: number,
  shape: DocumentShape = {},
): { fileName: string; text: string; items: number } {
  const next = random(index + 1)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!
  const date = shape.date ?? new Date(Date.UTC(2012, 0, 5 + index * 7))
  const iso = date.toISOString().slice(0, 10)
  const isNotice = shape.isNotice ?? index % 5 === 4
  const start = next() < 0.5 ? 13 * 60 : 13 * 60 + 30
  const politicians = Array.from({ length: 10 }, (_, i) => person((index + i * 3) % 120))
  const officials = Array.from({ length: 8 }, (_, i) => person(120 + ((index + i * 5) % 60)))
  const lines: string[] = [
    isNotice ? 'Kallelse SRO' : 'Mötesanteckning SRO',
    '',
    'Politiskt samrådsorgan mellan VästKom och Västra Götalandsregionen',
    '',
    `Datum: ${date.getUTCDate()} ${SWEDISH_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`,
    '',
    `Tid: ${clock(start)} – ${clock(start + 150)}`,
    '',
    'Mötesform: Regionens Hus, Göteborg, lokal Lejonet',
    '',
    'Kallade: Se lista',
    '',
    'För Västra Götalands fyra kommunalförbund (VGK)',
    '',
    'Kommunpolitiker',
    '',
    ...politicians
      .slice(0, 6)
      .map(
        (name, i) =>
          `${name} (${PARTIES[i % PARTIES.length]}), ${KOMMUNALFORBUND[i % 4]}${i === 1 ? ', **vice ordförande**' : ''}`,
      ),
    '',
    'Tjänstepersoner',
    '',
    ...officials
      .slice(0, 4)
      .map((name, i) => `${name}, ${i === 0 ? 'direktör Västkom' : `förbundsdirektör ${KOMMUNALFORBUND[i % 4]}`}`),
    '',
    'För Västra Götalandsregionen (VGR)',
    '',
    'Regionpolitiker',
    '',
    ...politicians
      .slice(6)
      .map(
        (name, i) =>
          `${name} (${PARTIES[(i + 2) % PARTIES.length]}), ${i === 0 ? 'ordförande Regionstyrelsen, **ordförande**' : 'ledamot Regionstyrelsen'}`,
      ),
    '',
    'Tjänstepersoner',
    '',
    ...officials.slice(4).map((name) => `${name}, beredning VGR`),
    '',
    'Dagordning',
    '',
    '1. Mötets öppnande',
    ' - a) Närvaro/ frånvaro:',
    '',
  ]
  if (!isNotice) lines.push(`Frånvaro: ${politicians[2]}, ${officials[5]} och ${politicians[8]}`, '')
  lines.push(
    'b) Övriga frågor',
    '',
    isNotice ? '' : 'Inga övriga frågor.',
    '',
    '2. Godkännande av dagens agenda',
    '',
    isNotice ? '' : 'Dagens agenda godkänns.',
    '',
  )
  lines.push('3. Föregående mötesanteckning', '', isNotice ? '' : 'Föregående mötesanteckningar godkänns.', '')

  // 4 to 6 timed items and a pause after the second, after 1, a, b, 2, 3: 10–12 agenda items in all.
  const timed = shape.timed ?? 4 + (index % 3)
  let cursor = start + 5
  let number = 4
  for (let i = 0; i < timed; i += 1) {
    if (i === 2) {
      lines.push(' - Paus 10 minuter', '')
      cursor += 10
    }
    const minutes = pick([10, 15, 20])
    const withAssignment = !isNotice && (shape.hasAssignment ? shape.hasAssignment(i) : i === 1 && index % 3 === 0)
    lines.push(
      `${number}. ${pick(TOPICS)}`,
      '',
      pick(['Information', 'Information och dialog', 'Ställningstagande']),
      '',
    )
    lines.push(`(${minutes} minuter, kl. ${clock(cursor)} – ${clock(cursor + minutes)})`, '')
    lines.push(`Föredragande: ${pick(officials)}, VGR och ${pick(officials)}, Västkom`, '')
    if (isNotice)
      lines.push('Förslag till ställningstagande: Det politiska samrådsorganet SRO noterar informationen.', '')
    else if (withAssignment) {
      lines.push('Ställningstagande: Det politiska samrådsorganet, SRO:', '')
      lines.push('1. noterar informationen.', '')
      lines.push(
        `2. ger Västkoms direktör i uppdrag att senast i juni ${date.getUTCFullYear() + 1} återkomma till SRO med en plan för genomförande.`,
        '',
      )
    } else lines.push('Ställningstagande: Det politiska samrådsorganet, SRO, noterar informationen.', '')
    if (!isNotice) {
      lines.push(
        'Arbetet redovisades med bakgrund, nuläge och förslag till fortsatt arbete. Frågan återkommer under året.',
        '',
      )
      lines.push(
        'Dialog:',
        '',
        '- Viktigt att kommunerna och regionen har samsyn.',
        '- Uppföljningen behöver bli tydligare.',
        '',
      )
    }
    cursor += minutes
    number += 1
  }
  return {
    fileName: `${iso}-${isNotice ? 'kallelse' : 'motesanteckning'}.md`,
    text: lines.join('\n'),
    items: 5 + 1 + timed,
  }
}
