/**
 * The 2026 årshjul as the 2025-11-13 mötesanteckning (tests/fixtures/minutes) shows it: five meetings, six themes.
 * Written by hand from the document; the seed enters it and a test checks that the grid gives the same cells.
 */
export const MEETINGS_2026 = [
  { key: 'studieresa', period: '2026-01', label: 'Januari 2026, studieresa' },
  { key: '2026-03-19', date: '2026-03-19' },
  { key: '2026-06-04', date: '2026-06-04' },
  { key: '2026-09-24', date: '2026-09-24' },
  { key: '2026-11-12', date: '2026-11-12' },
] as const

export const THEMES_2026 = [
  { name: 'Dialog om aktuella ärenden', colour: '#1f5f8b' },
  { name: 'Hjälpmedelsförsörjning', colour: '#7a4d00' },
  { name: 'Uppföljning god och nära vård', colour: '#2e6b30' },
  { name: 'Processen för nytt hälso- och sjukvårdsavtal', colour: '#8b1f4f' },
  { name: 'Psykisk hälsa', colour: '#5b3a8c' },
  { name: 'Vårdinformationssystem', colour: '#004f5c' },
] as const

type Cell = { theme: (typeof THEMES_2026)[number]['name']; meeting: (typeof MEETINGS_2026)[number]['key']; title: string }

const dialog = (meeting: Cell['meeting'], title = 'Dialog om aktuella ärenden'): Cell => ({ theme: 'Dialog om aktuella ärenden', meeting, title })
const agreement = (meeting: Cell['meeting']): Cell => ({ theme: 'Processen för nytt hälso- och sjukvårdsavtal', meeting, title: 'Processen för nytt hälso- och sjukvårdsavtal och lagreglerade överenskommelser' })
const vis = (meeting: Cell['meeting']): Cell => ({ theme: 'Vårdinformationssystem', meeting, title: 'Vårdinformationssystem' })

/** Every filled cell of the document's table. The January study trip column is empty in the document. */
export const CELLS_2026: Cell[] = [
  dialog('2026-03-19', 'Dialog om aktuella ärenden (Kommunalförbunden): Inriktningsdokument kommunal primärvård, Samsjuklighetsutredningen'),
  dialog('2026-06-04'),
  dialog('2026-09-24'),
  dialog('2026-11-12'),
  { theme: 'Hjälpmedelsförsörjning', meeting: '2026-03-19', title: 'Styrelsen för logistik: Hjälpmedelsförsörjning' },
  { theme: 'Hjälpmedelsförsörjning', meeting: '2026-09-24', title: 'Styrelsen för logistik: Hjälpmedelsförsörjning' },
  { theme: 'Uppföljning god och nära vård', meeting: '2026-03-19', title: 'Uppföljning god och nära vård' },
  agreement('2026-03-19'),
  agreement('2026-06-04'),
  agreement('2026-09-24'),
  agreement('2026-11-12'),
  { theme: 'Psykisk hälsa', meeting: '2026-03-19', title: 'Psykisk hälsa: Handlingsplan och statsbidrag' },
  { theme: 'Psykisk hälsa', meeting: '2026-11-12', title: 'Psykisk hälsa' },
  vis('2026-03-19'),
  vis('2026-06-04'),
  vis('2026-09-24'),
  vis('2026-11-12'),
]
