/** The SRO meeting of 13 November 2025, entered from tests/fixtures/minutes/2025-11-13-motesanteckning.md. */
import type { AgendaItem, Assignment, Decision } from '../payload-types'

export type SeedDecision = { kind: Decision['kind']; text: string }

export type SeedAgendaItem = {
  number: string
  parent?: string
  title: string
  handling?: NonNullable<AgendaItem['handling']>
  durationMinutes?: number
  startOverride?: string
  presenters?: string[]
  caseSlug?: string
  attachmentTitles?: string[]
  proposedPosition?: string
  positionTaken?: string
  description?: string
  notes?: string
  dialogue?: { kind: 'dialog' | 'inspel' | 'fraga' | 'svar'; text: string }[]
  decisions?: SeedDecision[]
}

export const MEETING = {
  date: '2025-11-13',
  start: '13:00',
  end: '15:00',
  location: 'Regionens Hus, Göteborg, lokal Lejonet',
  invitedGuests: ['Magnus Kronvall', 'Theresa Larsen', 'Malin Spetz', 'Per Albertsson', 'Anders Kullbratt'],
  absent: ['Ulf Olsson', 'Bengt Hilmersson', 'Ann-Sofie Rundberg', 'Carina Örgård', 'Miguel Odhner', 'Theres Sahlström', 'Lars Holmin', 'Peter Eriksson', 'Malin Swärd Davidsson'],
  signatories: [
    { name: 'Helen Eliasson', role: 'ordforande' as const },
    { name: 'Marina Johansson', role: 'vice_ordforande' as const },
  ],
}

const NOTES_ITEM_4 = [
  'SRO beslutade 2023 att införa en årlig partsgemensam uppföljning av omställningen till god och nära vård, baserad på de indikatorer som då fanns tillgängliga. Den första rapporten visade att det saknades både kvalitativa och kvantitativa mått inom flera områden, men särskilt kring samverkan och kostnader.',
  'Resultatet visade att det är otydligt vad omställningen egentligen innebär. Det saknas samsyn kring indikatorer och uppföljning, liksom kvalitetssäkrade data, särskilt inom kommunal primärvård.',
  'Fortsatt arbete: En tydligare målbild behövs innan arbetet med indikatorer kan fortsätta. Förslag på fortsatt arbete finns i förstudien.',
].join('\n\n')

export const AGENDA: SeedAgendaItem[] = [
  { number: '1', title: 'Mötets öppnande', notes: 'Presentationsrunda. Susanna Cassberg hälsas välkommen.' },
  { number: 'a', parent: '1', title: 'Närvaro/frånvaro' },
  {
    number: 'b',
    parent: '1',
    title: 'Övriga frågor',
    notes:
      'Önskemål: En modell för beslutslogg anpassad för SRO önskas tas fram. Syftet är att undvika att ärenden faller mellan stolarna när det går lång tid mellan möten. Loggen ska visa när beslut fattas och uppdrag ges, hur långt processen har kommit samt ge en översikt över när återkoppling kan förväntas.',
  },
  { number: '2', title: 'Godkännande av dagens agenda', decisions: [{ kind: 'godkanner', text: 'Dagens agenda godkänns.' }] },
  { number: '3', title: 'Föregående mötesanteckning', decisions: [{ kind: 'godkanner', text: 'Föregående mötesanteckningar godkänns.' }] },
  {
    number: '4',
    title: 'Förstudie Läns gemensam uppföljning av god och nära vård',
    handling: ['information'],
    durationMinutes: 20,
    startOverride: '13:05',
    presenters: ['Kristina Lännergren', 'Karin Looström Muth', 'Theresa Larsen', 'Jenny Nilsson'],
    caseSlug: 'uppfoljning-god-och-nara-vard',
    attachmentTitles: ['Beslutsunderlag - Uppdrag – Läns gemensam uppföljning god och nära vård, SRO 2025-11-13'],
    positionTaken: 'Det politiska samrådsorganet, SRO:',
    notes: NOTES_ITEM_4,
    dialogue: [
      { kind: 'dialog', text: 'Myndigheten för Vård- och omsorgsanalys inkom i februari med en rapport som visade att VGR:s svar liknar de nationella svaren: Vi saknar samsyn kring vad omställningen innebär.' },
      { kind: 'dialog', text: 'Kompetensförsörjningen behöver fokuseras mot kommunal och regional primärvård.' },
      { kind: 'fraga', text: 'Regionens data är svår att matcha med kommunernas. Kan det vara möjligt att börja med att följa bara regionens data?' },
      { kind: 'fraga', text: 'Hur mäter vi insatser i hemmet? Nya former för detta kan behövas framöver.' },
    ],
    decisions: [
      {
        kind: 'staller_sig_bakom',
        text: 'noterar informationen och ställer sig bakom förslag till fortsatt arbete med att komma med förslag till aktiviteter för att utveckla uppföljning/indikatorer för att följa omställningen till en god och nära vård i Västra Götaland.',
      },
      {
        kind: 'ger_i_uppdrag',
        text: 'ger VGR:s hälso- och sjukvårdsutvecklingsdirektör och Västkom:s direktör i uppdrag att senast i juni 2026 – efter dialog med den länsgemensamma arbetsgruppen – återkomma till SRO med en plan för genomförande, kostnadsbedömning och tidplan för föreslagna uppföljningsmodell.',
      },
    ],
  },
  {
    number: '5',
    title: 'Hjälpmedelsförsörjning i Västra Götaland',
    handling: ['stallningstagande'],
    durationMinutes: 15,
    presenters: ['Magnus Kronvall', 'Kristina Lännergren'],
    attachmentTitles: ['Beslutsunderlag - Reviderad uppdragshandling för Ledningsrådet för hjälpmedel, SRO 2025-11-13'],
    notes:
      'Ledningsrådet för hjälpmedel har funnits i över 20 år och är den högsta tjänstemannanivån inom samarbetsorganisationen. Efter en genomlysning som gjordes 2024–2025 föreslogs mindre justeringar av uppdraget för att bättre kunna möta behoven.',
    dialogue: [{ kind: 'dialog', text: 'Västkoms styrelse ställer sig bakom uppdragshandlingarna och uppskattar att de är på en övergripande nivå.' }],
    decisions: [{ kind: 'staller_sig_bakom', text: 'Det politiska samrådsorganet, SRO, ställer sig bakom att uppdraget till Ledningsrådet för hjälpmedel revideras i enlighet med bilaga Uppdragshandling.' }],
  },
  {
    number: '6',
    title: 'Läns gemensam riktlinje patientsäkerhet',
    handling: ['information'],
    durationMinutes: 10,
    presenters: ['Jenny Nilsson', 'Malin Swärd Davidsson'],
    caseSlug: 'lans-gemensam-riktlinje-patientsakerhet',
    attachmentTitles: ['Remissförslag - Läns gemensam riktlinje patientsäkerhet'],
    notes:
      'Den 21 augusti 2025 beslutade SRO att man kunde skicka ut förslag till Läns gemensam riktlinje för patientsäkerhet på remiss till regionen och alla kommuner, vilket nu pågår. Riktlinjen är underordnad Hälso- och sjukvårdsavtalet mellan VGR och kommunerna i Västra Götaland och omfattar både hälso- och sjukvård samt socialtjänst.\n\nVid frågor: Kontakta Jenny Nilsson, VGR, och Malin Swärd Davidsson, Västkom.',
    decisions: [{ kind: 'noterar_informationen', text: 'Det politiska samrådsorganet SRO noterar informationen.' }],
  },
  {
    number: '7',
    title: 'Hantering av gemensamma digitaliseringsfrågor',
    handling: ['information'],
    durationMinutes: 5,
    startOverride: '14:05',
    presenters: ['Kristina Lännergren'],
    notes: 'Presidiet för digitaliseringsutskottet kommer den 19 februari 2026 att träffa Västkoms styrelse på styrelsemöte för en första dialog. Mer information kommer framöver.',
    decisions: [{ kind: 'noterar_informationen', text: 'Det politiska samrådsorganet, SRO, noterar informationen.' }],
  },
  {
    number: '8',
    title: 'Vägval vårdinformationssystem',
    handling: ['information', 'dialog'],
    durationMinutes: 20,
    presenters: ['Helen Eliasson', 'Per Albertsson', 'Anders Kullbratt'],
    notes:
      'Rekommendationen är att VGR inte återupptar implementeringen av Millennium. Efter analys av fyra olika alternativ har man sett att en modulbaserad lösning är det bästa alternativet.\n\nFörslaget behandlas politiskt i regionstyrelsen den 2 december och kan gå vidare till regionfullmäktige i februari.',
    dialogue: [
      { kind: 'dialog', text: 'Det är värdefullt om man kan arbeta framåt i samförstånd. VGR har fått en chans till nystart.' },
      { kind: 'fraga', text: 'Kommunerna har ett hängavtal med Oracle, hur kommer det belasta dem ekonomiskt?' },
      { kind: 'svar', text: 'Dialog förs juridiskt kring hur det ska hanteras.' },
    ],
    decisions: [{ kind: 'noterar_informationen', text: 'Det politiska samrådsorganet, SRO, noterar informationen.' }],
  },
  {
    number: '9',
    title: 'Studiebesök Jönköping',
    handling: ['information'],
    durationMinutes: 10,
    presenters: ['Karin Looström Muth', 'Kristina Lännergren'],
    notes: 'En buss är reserverad från Göteborg till Jönköping den 14 januari. En enkät skickas ut till samtliga för att samla in uppgifter om deltagande, allergier med mera.',
    decisions: [{ kind: 'noterar_informationen', text: 'Det politiska samrådsorganet, SRO, noterar informationen.' }],
  },
  { number: '10', title: 'Övrig information utan föredragning', notes: 'Årshjul 2026.' },
]

/** The assignment given in decision 4.2: a plan due "senast i juni 2026". */
export const ASSIGNMENT: {
  item: string
  decisionNumber: number
  title: string
  assigneeOrganisations: string[]
  assigneeText: string
  due: Pick<Assignment['due'], 'kind' | 'month' | 'dueText'>
} = {
  item: '4',
  decisionNumber: 2,
  title: 'Plan för genomförande, kostnadsbedömning och tidplan för uppföljningsmodell för god och nära vård',
  assigneeOrganisations: ['Västra Götalandsregionen', 'Västkom'],
  assigneeText: 'VGR:s hälso- och sjukvårdsutvecklingsdirektör och Västkoms direktör',
  due: { kind: 'month', month: '2026-06', dueText: 'senast i juni 2026' },
}

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
