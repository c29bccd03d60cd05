/**
 * The fact-by-fact test (issue 15), fast version: the demo seed imports the three fixture documents, the public
 * meeting page (the same server component and read layer next start renders) is rendered to HTML, and each fixture's
 * own list of facts (tests/fixtures/facts) is checked against it. Prints the share per fixture; ≥ 98 % and no person
 * name the document does not contain. tests/browser/record-facts.test.ts checks the same against next start.
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { FIXTURES_DIR } from '@/seed/archive'
import { seed } from '@/seed'
import { checkFacts, describeFact, falseNames } from '../fixtures/facts/check'
import { FIXTURE_FACTS, PERSON_NAMES } from '../fixtures/facts'
import { type TestPayload, startTestPayload } from '../helpers/payload'

let test: TestPayload
beforeAll(async () => {
  test = await startTestPayload()
  await seed({ payload: test.payload, password: 'demo-password-123' })
})
afterAll(async () => test?.cleanup())

async function renderMeetingPage(slug: string): Promise<string> {
  const [{ default: MeetingPage }, { renderToReadableStream }] = await Promise.all([
    import('@/app/(frontend)/moten/[slug]/page'),
    import('react-dom/server'),
  ])
  const stream = await renderToReadableStream(await MeetingPage({ params: Promise.resolve({ slug }) }))
  await stream.allReady
  return new Response(stream).text()
}

describe('the public meeting page states every fact of its document', () => {
  for (const fixture of FIXTURE_FACTS) {
    it(`should show ≥ 98 % of the facts of ${fixture.document} and no false names`, async () => {
      const html = await renderMeetingPage(fixture.slug)
      const report = checkFacts(fixture, html)
      const documentText = fs.readFileSync(path.join(FIXTURES_DIR, fixture.document), 'utf8')
      const wrongNames = falseNames({ html, documentText, names: PERSON_NAMES })
      console.log(
        `${fixture.slug}: ${report.held}/${report.total} fakta = ${report.percent} %, falska namn: ${wrongNames.length}` +
          report.missing.map((fact) => `\n  saknas ${describeFact(fact)}`).join(''),
      )
      expect(wrongNames).toEqual([])
      expect(report.percent).toBeGreaterThanOrEqual(98)
    })
  }
})
