/**
 * The archive the demo starts from: the three real documents in tests/fixtures/minutes (imported by the seed),
 * the documents they name (as demo PDFs, so the importer links them by title), and the cases their items
 * belong to, which no document states.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Attachment } from '../payload-types'

export const FIXTURES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/minutes')

/** Oldest first, as the archive grew: the 2025-11-13 minutes refer back to the 2025-08-21 kallelse's assignment. */
export const FIXTURE_DOCUMENTS = [
  '2023-11-23-motesanteckning.md',
  '2025-08-21-kallelse.md',
  '2025-11-13-motesanteckning.md',
] as const

type DemoDocument = { title: string; category: Attachment['category']; date: string }

const CATEGORY_BY_PREFIX: [RegExp, Attachment['category']][] = [
  [/^Remissförslag/u, 'remissforslag'],
  [/^Remissbrev/u, 'remissbrev'],
  [/^Presentation/u, 'presentation'],
  [/^(Bilaga|Överenskommelse|Alternativ)/u, 'bilaga'],
  [/avtalsförslag/u, 'avtalsforslag'],
]

export function documentCategory(title: string): Attachment['category'] {
  return CATEGORY_BY_PREFIX.find(([pattern]) => pattern.test(title))?.[1] ?? 'beslutsunderlag'
}

const document =
  (date: string) =>
  (title: string): DemoDocument => ({ title, category: documentCategory(title), date })

/** Meeting documents as the agenda items name them (references to earlier minutes and web pages are left out). */
export const DOCUMENTS: DemoDocument[] = [
  ...[
    'Hälsa- och sjukvårdsavtal, avtalsförslag 2025-08-14, SRO 2025-08-21',
    'Alternativ 2 - Avtalstid nytt hälsa- och sjukvårdsavtal, SRO 2025-08-21',
    'Beslutsunderlag – Politisk referensgrupp, SRO 2025-08-21',
    'Beslutsunderlag - Framtagande av läns gemensam riktlinje om patientsäkerhet, SRO 2025-08-21',
    'Bilaga: Slutrapport Läns gemensam handlingsplan psykisk hälsa, SRO 2025-08-21',
    'Beslutsunderlag - Uppdrag om framtagande av förslag på länsgemensamt forum för digitaliseringsfrågor inom hälso- och sjukvårdsområdet, SRO 2025-08-21',
  ].map(document('2025-08-21')),
  ...[
    'Beslutsunderlag - Uppdrag – Läns gemensam uppföljning god och nära vård, SRO 2025-11-13',
    'Presentation Förstudien läns gemensam uppföljning, SRO 2025-11-13',
    'Beslutsunderlag - Reviderad uppdragshandling för Ledningsrådet för hjälpmedel, SRO 2025-11-13',
    'Bilaga till beslutsunderlag - Reviderad uppdragshandling Ledningsrådet för hjälpmedel, SRO 2025-11-13',
    'Presentation Hjälpmedel i Västra Götaland, SRO 2025-11-13',
    'Remissbrev (VGR) - Läns gemensam riktlinje patientsäkerhet',
    'Remissbrev (Kommun) - Läns gemensam riktlinje patientsäkerhet',
    'Remissförslag - Läns gemensam riktlinje patientsäkerhet',
    'Presentation Läns gemensam riktlinje patientsäkerhet, SRO 2025-11-13',
    'Presentation Vårdinformationssystem, SRO 2025-11-13',
  ].map(document('2025-11-13')),
]

/** Which agenda item belongs to which case: a staff decision, not something the documents say. */
export const CASE_LINKS: { meeting: string; item: string; caseSlug: string }[] = [
  { meeting: '2025-08-21', item: '6', caseSlug: 'lans-gemensam-riktlinje-patientsakerhet' },
  { meeting: '2025-11-13', item: '6', caseSlug: 'lans-gemensam-riktlinje-patientsakerhet' },
  { meeting: '2025-08-21', item: '7', caseSlug: 'uppfoljning-god-och-nara-vard' },
  { meeting: '2025-11-13', item: '4', caseSlug: 'uppfoljning-god-och-nara-vard' },
]

export const CASES = [
  {
    slug: 'lans-gemensam-riktlinje-patientsakerhet',
    title: 'Läns gemensam riktlinje patientsäkerhet',
    description:
      'En länsgemensam riktlinje för patientsäkerhet, underordnad Hälso- och sjukvårdsavtalet mellan VGR och kommunerna i Västra Götaland. Omfattar hälso- och sjukvård samt socialtjänst.',
    organisations: ['Västra Götalandsregionen', 'Västkom'],
    milestones: [
      { label: 'Remisstid', date: '2026-02-28', dateText: 'till 28 februari 2026' },
      { label: 'Ställningstagande i SRO', date: '2026-06-04', dateText: '4 juni 2026' },
      { label: 'Slutligt beslut', date: '2027-04-30', dateText: '30 april 2027' },
      { label: 'Ikraftträdande', date: '2027-05-01', dateText: '1 maj 2027' },
    ],
  },
  {
    slug: 'uppfoljning-god-och-nara-vard',
    title: 'Uppföljning av god och nära vård',
    description: 'Partsgemensam uppföljning av omställningen till en god och nära vård i Västra Götaland.',
    organisations: ['Västra Götalandsregionen', 'Västkom'],
    milestones: [{ label: 'Plan för uppföljningsmodell till SRO', dateText: 'senast i juni 2026' }],
  },
]
