import { readFileSync } from 'node:fs'

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { parseDocument } from './parse'
import { ParseResultSchema } from './schema'
import { parseClock } from './text'
import { SWEDISH_MONTHS } from '@/domain/time'

const PLAUSIBLE_LINES = [
  'Kallelse SRO',
  'Mötesanteckning SRO',
  'Minnesanteckningar',
  'Datum: 13 november 2025',
  'Datum: 14 mars',
  'Tid: 13.00 – 15.00',
  'Tid: kl. 8-9',
  'Mötesform: Regionens Hus, Göteborg',
  'Inbjudna: Anna Berg, VGR, och en representant från kommunalförbunden',
  'För Västra Götalands fyra kommunalförbund (VGK)\tFör Västra Götalandsregionen (VGR)',
  'Kommunpolitiker',
  'Tjänstepersoner',
  'Marina Johansson (S), Göteborgsregionen, **vice ordförande**',
  'Kristina Lännergren, direktör Västkom',
  'Vakant',
  'Dagordning',
  '1. Mötets öppnande',
  ' - a) Närvaro/ frånvaro:',
  'b) Övriga frågor',
  '2. Godkännande av dagens agenda',
  '3. Föregående mötesanteckning',
  'Frånvaro: Ulf Olsson, Bengt Hilmersson och Malin Swärd Davidsson',
  'Information och ställningstagande',
  '(20 minuter, kl. 13.05 – 13.25)',
  'Föredragande: Kristina Lännergren, Västkom och Karin Looström Muth, VGR',
  '- [Beslutsunderlag, SRO 2025-11-13](#)',
  'Ställningstagande: Det politiska samrådsorganet, SRO:',
  'Förslag till ställningstagande: Det politiska samrådsorganet SRO ställer sig bakom att:',
  '1. noterar informationen.',
  '2. ger Västkoms direktör i uppdrag att senast i juni 2026 återkomma.',
  'Uppdraget ska återrapporteras till SRO 2025-11-13.',
  'Dialog:',
  '• En synpunkt som bryts mitt i',
  'meningen.',
  '\uF0B7 Hur gör vi?',
  'Tidsplan:',
  '- Remisstid: till 28 februari 2026',
  '- Paus 10 minuter',
  '- Mötestider 2026:',
  'Avstämning med presidiet, kl. 8-9:',
  '19 mars',
  '- Årshjul 2026',
  'Januari 2026, studieresa\t19 mars 2026\t4 juni 2026',
  '\tVårdinformationssystem\tVårdinformationssystem',
  'Välkommen!',
  'Helen Eliasson',
  'Ordförande',
  '',
  '§ 4 Beslut',
  '3',
]

const noise = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-ascii', maxLength: 80 }))
const documentLike = fc
  .tuple(
    fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PLAUSIBLE_LINES) }, { weight: 1, arbitrary: noise }), {
      maxLength: 60,
    }),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([lines, separator]) => lines.join(separator))

const fixtureLines = [
  '2023-11-23-motesanteckning.md',
  '2025-08-21-kallelse.md',
  '2025-11-13-motesanteckning.md',
].flatMap((name) => readFileSync(new URL(`../../tests/fixtures/minutes/${name}`, import.meta.url), 'utf8').split('\n'))
const shuffledFixture = fc
  .array(fc.nat(fixtureLines.length - 1), { minLength: 1, maxLength: 150 })
  .map((indexes) => indexes.map((index) => fixtureLines[index]).join('\n'))

/** Never throws, and always returns what the schema promises, with warning lines inside the text. */
function checkResult(text: string, options?: { year?: number; fileName?: string }): void {
  const result = parseDocument(text, options)
  ParseResultSchema.parse(result)
  const lineCount = text.split(/\r\n|\r|\n|\f|\u2028|\u2029/).length
  for (const warning of result.warnings) {
    expect(warning.line).toBeLessThanOrEqual(lineCount)
    // The safety net in parseDocument must never be needed.
    expect(warning.message).not.toMatch(/^Tolkningen (?:avbröts|gav ett ogiltigt resultat)/)
  }
}

describe('parseDocument on any input', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string(), (text) => checkResult(text)))
  })

  it('never throws on arbitrary code points (lone surrogates included)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.option(fc.integer({ min: -5, max: 3000 }), { nil: undefined }),
        (text, year) => checkResult(text, { year }),
      ),
    )
  })

  it('never throws on plausible lines mixed with noise', () => {
    fc.assert(
      fc.property(documentLike, fc.option(fc.string(), { nil: undefined }), (text, fileName) =>
        checkResult(text, { year: 2025, fileName }),
      ),
    )
  })

  it('never throws on the real documents with lines dropped, repeated and reordered', () => {
    fc.assert(
      fc.property(shuffledFixture, (text) => checkResult(text, { year: 2025 })),
      { numRuns: 60 },
    )
  })

  it('reads back any meeting date and time it is given', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 22 }),
        fc.integer({ min: 0, max: 59 }),
        (date, hour, minute) => {
          const [day, month, year] = [date.getUTCDate(), date.getUTCMonth(), date.getUTCFullYear()]
          const pad = (value: number) => String(value).padStart(2, '0')
          const text = [
            'Kallelse SRO',
            `Datum: ${day} ${SWEDISH_MONTHS[month]} ${year}`,
            `Tid: ${hour}.${pad(minute)} – ${hour + 1}.${pad(minute)}`,
            '1. Mötets öppnande',
          ].join('\n')
          const meeting = parseDocument(text).meetings[0]
          expect(meeting?.date).toBe(`${year}-${pad(month + 1)}-${pad(day)}`)
          expect([meeting?.start, meeting?.end]).toEqual([
            `${pad(hour)}:${pad(minute)}`,
            `${pad(hour + 1)}:${pad(minute)}`,
          ])
        },
      ),
    )
  })

  it('parses every clock written with a dot or a colon', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom('.', ':'),
        (hour, minute, separator) => {
          const expected = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
          expect(parseClock(`${hour}${separator}${String(minute).padStart(2, '0')}`)).toBe(expected)
        },
      ),
    )
  })

  it('stays fast on long pathological lines', () => {
    const started = performance.now()
    for (const text of [
      `Kallelse SRO\nDatum: 2025-01-01\n1. T\n${'[a](#'.repeat(20_000)}`,
      `Kallelse SRO\nDatum: 2025-01-01\nKommunpolitiker\nA${' '.repeat(50_000)}b`,
      `Kallelse SRO\nDatum: 2025-01-01\n1. T\n${Array.from({ length: 20_000 }, () => 'och fortsätter').join('\n')}`,
      `Kallelse SRO\nDatum: 2025-01-01\n1. T\nFöredragande: ${'.'.repeat(50_000)}x`,
    ]) {
      checkResult(text)
    }
    expect(performance.now() - started).toBeLessThan(3000)
  })
})
