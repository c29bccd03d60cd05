/** Anonymous REST and GraphQL see published content only: no draft, unpublished minutes, hidden item or file. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type * as Http from '../helpers/http'
import { type TestPayload, startTestPayload } from '../helpers/payload'
import { MARKERS, type Scenario, buildScenario } from '../helpers/scenario'
import { richTextToPlainText } from '@/richtext'

let test: TestPayload
let scenario: Scenario
let http: typeof Http

beforeAll(async () => {
  test = await startTestPayload()
  scenario = await buildScenario(test.payload)
  http = await import('../helpers/http')
})
afterAll(async () => test?.cleanup())

const ALL_MARKERS = Object.values(MARKERS)
function expectNoMarkers(body: string, where: string) {
  for (const marker of ALL_MARKERS) expect(body, `${marker} leaked through ${where}`).not.toContain(marker)
}

describe('REST as an anonymous visitor', () => {
  const collections = [
    'meetings',
    'agenda-items',
    'decisions',
    'assignments',
    'cases',
    'attachments',
    'pages',
    'people',
    'organisations',
    'memberships',
  ]

  it.each(collections)('lists only public %s, also with draft=true, depth and limit=0', async (slug) => {
    for (const query of ['', '?draft=true', '?depth=3', '?limit=0', '?where[_status][equals]=draft&draft=true']) {
      const response = await http.api('GET', `/${slug}${query}`)
      // Collections without drafts have no _status to query: a 400 there is the right answer.
      expect(
        response.status === 200 || (response.status === 400 && query.includes('_status')),
        `${slug}${query}: ${response.status}`,
      ).toBe(true)
      expectNoMarkers(response.text, `/api/${slug}${query}`)
    }
  })

  it('shows the published kallelse and hides the unpublished minutes fields', async () => {
    const meeting = (await http.api('GET', `/meetings/${scenario.meeting.id}?depth=0`)).json() as Record<
      string,
      unknown
    >
    expect(meeting.location).toBe('Regionens Hus')
    expect(meeting).not.toHaveProperty('minutesNotes')
    // Payload returns a hidden array field as an empty list.
    expect(meeting.attendance ?? []).toEqual([])
    const item = (await http.api('GET', `/agenda-items/${scenario.publicItem.id}?depth=1`)).json() as Record<
      string,
      unknown
    >
    expect(item.title).toBe('Läns gemensam riktlinje patientsäkerhet')
    expect(richTextToPlainText(item.proposedPosition)).toBe('SRO noterar informationen.')
    expect(item).not.toHaveProperty('positionTaken')
    // The hidden document is dropped from the item's list of attachments.
    expect(JSON.stringify(item.attachments)).toContain('Remissförslag patientsäkerhet')
  })

  it('refuses hidden documents by id and their files', async () => {
    expect((await http.api('GET', `/meetings/${scenario.draftMeeting.id}`)).status).toBe(404)
    expect((await http.api('GET', `/meetings/${scenario.draftMeeting.id}?draft=true`)).status).toBe(404)
    expect((await http.api('GET', `/agenda-items/${scenario.hiddenItem.id}`)).status).toBe(404)
    expect((await http.api('GET', `/agenda-items/${scenario.draftMeetingItem.id}`)).status).toBe(404)
    expect((await http.api('GET', `/decisions/${scenario.decision.id}`)).status).toBe(404)
    expect((await http.api('GET', `/pages/${scenario.draftPage.id}`)).status).toBe(404)
    for (const file of [scenario.hiddenFile, scenario.unreleasedFile]) {
      expect((await http.api('GET', `/attachments/${file.id}`)).status).toBe(404)
      expect([403, 404]).toContain(
        (await http.api('GET', `/attachments/file/${encodeURIComponent(file.filename!)}`)).status,
      )
    }
    const publicFile = await http.api('GET', `/attachments/file/${encodeURIComponent(scenario.publicFile.filename!)}`)
    expect(publicFile.status).toBe(200)
    expect(publicFile.text.startsWith('%PDF')).toBe(true)
  })

  it('keeps versions and contact details from the public', async () => {
    expect((await http.api('GET', '/meetings/versions')).status).toBe(403)
    expect((await http.api('GET', '/pages/versions')).status).toBe(403)
    const person = (await http.api('GET', `/people/${scenario.person.id}`)).json() as Record<string, unknown>
    expect(person.name).toBe('Jenny Nilsson')
    expect(person).not.toHaveProperty('contact')
  })

  it('caps the page size for anonymous requests, in every collection', async () => {
    const collections = test.payload.config.collections
      .map((collection) => collection.slug)
      .filter((slug) => !slug.startsWith('payload-') && slug !== 'users')
    // The plugins' collections too.
    expect(collections).toEqual(expect.arrayContaining(['organisations', 'plan-items', 'plan-themes']))
    const staffOnly: string[] = []
    for (const slug of collections) {
      const response = await http.api('GET', `/${slug}?limit=0`)
      if (response.status === 403) staffOnly.push(slug)
      else expect((response.json() as { limit: number }).limit, slug).toBe(100)
    }
    expect(staffOnly).toEqual(['import-runs', 'sendings'])
  })

  it('shows the minutes once the stage is published', async () => {
    await test.payload.update({
      collection: 'meetings',
      id: scenario.meeting.id,
      data: { publication: { isNoticePublished: true, isMinutesPublished: true } },
      context: { disableRevalidate: true },
    })
    const meeting = (await http.api('GET', `/meetings/${scenario.meeting.id}`)).json() as Record<string, unknown>
    expect(meeting.minutesNotes).toBe(MARKERS.unpublishedMinutes)
    const decision = await http.api('GET', `/decisions/${scenario.decision.id}`)
    expect(decision.status).toBe(200)
    await test.payload.update({
      collection: 'meetings',
      id: scenario.meeting.id,
      data: { publication: { isNoticePublished: true, isMinutesPublished: false } },
      context: { disableRevalidate: true },
    })
  })
})

describe('GraphQL as an anonymous visitor', () => {
  it('returns no draft, hidden or unpublished content', async () => {
    const query = `{
      Meetings(draft: true, limit: 50) { docs { id location minutesNotes attendance { note } } }
      AgendaItems(draft: true, limit: 50) { docs { title positionTaken attachments { title } } }
      Decisions { docs { text } }
      Attachments { docs { title } }
      Pages(draft: true) { docs { title } }
      Cases(draft: true) { docs { title } }
      People { docs { name } }
    }`
    const response = await http.graphql(query)
    expect(response.status).toBe(200)
    expectNoMarkers(response.text, 'GraphQL')
    const body = response.json() as { data: { AgendaItems: { docs: { title: string }[] } } }
    expect(body.data.AgendaItems.docs.map((doc) => doc.title)).toEqual(['Läns gemensam riktlinje patientsäkerhet'])
  })

  it('refuses version queries', async () => {
    const response = await http.graphql(`{ versionsMeetings { docs { id } } }`)
    expectNoMarkers(response.text, 'GraphQL versions')
    expect(response.text).toMatch(/errors/)
  })
})

describe('staff through REST', () => {
  it('sees everything after logging in', async () => {
    await test.payload.create({
      collection: 'users',
      data: { email: 'beredning@test.example', password: 'test-password-1234', name: 'B', roles: ['beredning'] },
    })
    const headers = await http.loginHeaders('beredning@test.example', 'test-password-1234')
    const response = await http.api('GET', `/agenda-items/${scenario.hiddenItem.id}`, { headers })
    expect(response.status).toBe(200)
    expect(response.text).toContain(MARKERS.nonPublicItem)
  })
})
