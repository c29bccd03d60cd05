/**
 * Structure kept (issue 15) against `next start`: the seed imports the fixture documents, and their lists,
 * numbered proposals and tables reach the public page as <ul>, <ol> and <table> with header cells (axe clean),
 * and the meeting PDFs as text with their list markers and table cells.
 */
import { extractText, getDocumentProxy } from 'unpdf'
import { describe, expect, it } from 'vitest'

import { BASE_URL, axeViolations, useChromium } from '../helpers/browser'

const chromium = useChromium()

async function pdfText(path: string): Promise<string> {
  const response = await fetch(`${BASE_URL}${path}`)
  expect(response.status, path).toBe(200)
  const pdf = await getDocumentProxy(new Uint8Array(await response.arrayBuffer()))
  return (await extractText(pdf, { mergePages: true })).text
}

describe('item texts keep their structure on the public page', () => {
  it('2023-11-23 item 6b: the Tidsplan is a table with column and row headers in a scroll region, points a list', async () => {
    const page = await chromium.context().newPage()
    await page.goto(`${BASE_URL}/moten/2023-11-23`)
    const item = page.locator('#punkt-6b')
    const region = item.getByRole('region', { name: 'Tabell i punkt 6b' })
    const table = region.locator('table')
    expect(await table.count()).toBe(1)
    expect(await table.locator('thead th[scope="col"]').allTextContents()).toEqual([
      '',
      'Samsyn kommunal primärvård',
      'Hälso- och sjukvårdsavtal & lagreglerade överenskommelser',
    ])
    expect(await table.locator('tbody th[scope="row"]').allTextContents()).toEqual([
      'Hösten 2023',
      'Våren 2024',
      'Hösten 2024',
    ])
    expect(await item.locator('ul > li').filter({ hasText: 'De lagreglerade överenskommelserna' }).count()).toBe(1)
    expect(await item.textContent()).not.toContain(' | ')
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })

  it('2025-08-21 item 6: the numbered proposal is an <ol>; 2025-11-13 item 1a keeps its bullet list', async () => {
    const page = await chromium.context().newPage()
    await page.goto(`${BASE_URL}/moten/2025-08-21`)
    const proposal = page.locator('#punkt-6 .position ol > li')
    expect(await proposal.count()).toBe(3)
    expect(await proposal.first().textContent()).toMatch(/^Parterna tar fram förslag/)
    expect(await axeViolations(page)).toEqual([])
    await page.goto(`${BASE_URL}/moten/2025-11-13`)
    expect(await page.locator('#punkt-1a ul > li').allTextContents()).toEqual(
      expect.arrayContaining(['Presentationsrunda', 'Susanna Cassberg hälsas välkommen']),
    )
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })

  it('the PDFs print the proposal with its numbers and the Tidsplan cells', async () => {
    const kallelse = await pdfText('/moten/2025-08-21/kallelse.pdf')
    expect(kallelse).toMatch(/1\.\s*Parterna tar fram förslag/)
    expect(kallelse).toMatch(/3\.\s*Läns gemensam riktlinje/)
    // Without white space: a cell's text wraps within its column.
    const minutes = (await pdfText('/moten/2023-11-23/motesanteckning.pdf')).replace(/\s+/g, '')
    expect(minutes).toContain('Förankringsprocess,gemensam')
    expect(minutes).toContain('Hösten2024')
    expect(minutes).not.toContain('|')
  })
})
