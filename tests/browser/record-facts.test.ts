/**
 * The fact-by-fact test (issue 15) against `next start`: the browser-test seed imports the three fixture documents;
 * each meeting page is opened in Chromium and every fact of its document's own list (tests/fixtures/facts) must be
 * on it, with no person name its document lacks. Prints the share per fixture; asserts ≥ 98 % and 0 false names.
 */
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { FIXTURES_DIR } from '@/seed/archive'
import { BASE_URL, axeViolations, useChromium } from '../helpers/browser'
import { checkFacts, describeFact, falseNames } from '../fixtures/facts/check'
import { FIXTURE_FACTS, PERSON_NAMES } from '../fixtures/facts'

const chromium = useChromium()

describe('the public meeting page states every fact of its document (next start)', () => {
  for (const fixture of FIXTURE_FACTS) {
    it(`should show ≥ 98 % of the facts of ${fixture.document} and no false names`, async () => {
      const page = await chromium.context().newPage()
      const response = await page.goto(`${BASE_URL}/moten/${fixture.slug}`)
      expect(response?.status()).toBe(200)
      const html = await page.content()
      const report = checkFacts(fixture, html)
      const documentText = fs.readFileSync(path.join(FIXTURES_DIR, fixture.document), 'utf8')
      const wrongNames = falseNames({ html, documentText, names: PERSON_NAMES })
      console.log(
        `${fixture.slug} (next start): ${report.held}/${report.total} fakta = ${report.percent} %, falska namn: ${wrongNames.length}` +
          report.missing.map((fact) => `\n  saknas ${describeFact(fact)}`).join(''),
      )
      expect(wrongNames).toEqual([])
      expect(report.percent).toBeGreaterThanOrEqual(98)
      // The facts added to the page keep it accessible.
      expect(await axeViolations(page)).toEqual([])
      await page.close()
    })
  }
})
