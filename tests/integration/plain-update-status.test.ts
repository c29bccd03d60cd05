/**
 * A PATCH without `_status` on a published document with a pending draft used to take the draft's status and
 * unpublish the document. Now the document stays published and the change joins the pending draft.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type * as Http from '../helpers/http'
import { type TestPayload, startTestPayload } from '../helpers/payload'
import { type Scenario, buildScenario } from '../helpers/scenario'
import { TEST_PASSWORD, createRoleUsers } from '../helpers/users'

let test: TestPayload
let scenario: Scenario
let http: typeof Http

beforeAll(async () => {
  test = await startTestPayload()
  scenario = await buildScenario(test.payload)
  await createRoleUsers(test.payload)
  http = await import('../helpers/http')
})
afterAll(async () => test?.cleanup())

const json = (headers: Record<string, string>) => ({ ...headers, 'content-type': 'application/json' })
const context = { disableRevalidate: true }

describe('an update without _status', () => {
  it('should keep a meeting with a pending draft published', async () => {
    const { id } = scenario.meeting
    await test.payload.update({ collection: 'meetings', id, draft: true, context, data: { location: 'Utkastplats' } })
    const staff = await http.loginHeaders('beredning@test.example', TEST_PASSWORD)
    const response = await http.api('PATCH', `/meetings/${id}`, {
      body: JSON.stringify({ cancellationNote: 'Ändrad i utkastet' }),
      headers: json(staff),
    })
    expect(response.status).toBe(200)
    const published = await test.payload.findByID({ collection: 'meetings', id, depth: 0 })
    expect(published._status).toBe('published')
    expect(published.location).toBe('Regionens Hus')
    expect((await http.api('GET', `/meetings/${id}`)).status).toBe(200)
    const draft = await test.payload.findByID({ collection: 'meetings', id, depth: 0, draft: true })
    expect(draft.location).toBe('Utkastplats')
    expect(draft.cancellationNote).toBe('Ändrad i utkastet')
  })

  it('should keep a page with a pending draft published', async () => {
    const page = await test.payload.create({
      collection: 'pages',
      context,
      data: { title: 'Om SRO', slug: 'om-sro-status', _status: 'published' },
    })
    await test.payload.update({
      collection: 'pages',
      id: page.id,
      draft: true,
      context,
      data: { title: 'Om SRO (utkast)' },
    })
    const staff = await http.loginHeaders('kommunikator@test.example', TEST_PASSWORD)
    const response = await http.api('PATCH', `/pages/${page.id}`, {
      body: JSON.stringify({ title: 'Om SRO (ändrad)' }),
      headers: json(staff),
    })
    expect(response.status).toBe(200)
    const published = await test.payload.findByID({ collection: 'pages', id: page.id, depth: 0 })
    expect(published._status).toBe('published')
    expect(published.title).toBe('Om SRO')
    expect((await http.api('GET', `/pages/${page.id}`)).status).toBe(200)
  })

  it('should still publish directly when there is no pending draft', async () => {
    const page = await test.payload.create({
      collection: 'pages',
      context,
      data: { title: 'Kontakt', slug: 'kontakt-status', _status: 'published' },
    })
    const staff = await http.loginHeaders('kommunikator@test.example', TEST_PASSWORD)
    const response = await http.api('PATCH', `/pages/${page.id}`, {
      body: JSON.stringify({ title: 'Kontakta oss' }),
      headers: json(staff),
    })
    expect(response.status).toBe(200)
    const published = await test.payload.findByID({ collection: 'pages', id: page.id, depth: 0 })
    expect(published).toMatchObject({ _status: 'published', title: 'Kontakta oss' })
  })

  it('should still unpublish when _status draft is sent, as the admin does', async () => {
    const page = await test.payload.create({
      collection: 'pages',
      context,
      data: { title: 'Gammal', slug: 'gammal-status', _status: 'published' },
    })
    await test.payload.update({
      collection: 'pages',
      id: page.id,
      draft: true,
      context,
      data: { title: 'Gammal (utkast)' },
    })
    const staff = await http.loginHeaders('kommunikator@test.example', TEST_PASSWORD)
    const response = await http.api('PATCH', `/pages/${page.id}`, {
      body: JSON.stringify({ _status: 'draft' }),
      headers: json(staff),
    })
    expect(response.status).toBe(200)
    expect((await test.payload.findByID({ collection: 'pages', id: page.id, depth: 0 }))._status).toBe('draft')
  })
})
