/**
 * Smaller holes of "ready for the open internet": sorts through relations, the kallelse's signatories, unsafe links,
 * calendar and CSV injection, and who may delete årshjul rows for good.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '@/access/roles'
import type { User } from '@/payload-types'
import type * as Http from '../helpers/http'
import { type TestPayload, startTestPayload } from '../helpers/payload'
import { viewRouteArgs } from '../helpers/queryView'
import { MARKERS, type Scenario, buildScenario } from '../helpers/scenario'
import { TEST_PASSWORD, createRoleUsers } from '../helpers/users'

let test: TestPayload
let payload: Payload
let scenario: Scenario
let users: Record<Role, User>
let http: typeof Http
const context = { disableRevalidate: true }

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  scenario = await buildScenario(payload)
  users = await createRoleUsers(payload)
  http = await import('../helpers/http')
})
afterAll(async () => test?.cleanup())

describe('sorting through relations', () => {
  const refused = [
    '/meetings?sort=agendaItems.isPublic',
    '/meetings?sort=-agendaItems.title',
    '/meetings?sort=agendaItems__isPublic',
    '/meetings?sort=title,agendaItems.isPublic',
    '/agenda-items?sort=meeting.title',
    '/agenda-items?sort=-attachments.isPublic',
    '/decisions?sort=agendaItem.isPublic',
    '/meetings?joins[agendaItems][sort]=-attachments.isPublic',
  ]

  it.each(refused)('should answer an anonymous %s with 400 and a clear message', async (path) => {
    const response = await http.api('GET', path)
    expect(response.status, response.text).toBe(400)
    expect(response.text).toContain('Sortering på fält i andra dokument')
  })

  it('should refuse an anonymous GraphQL sort through a relation', async () => {
    const response = await http.graphql('{ Meetings(sort: "agendaItems.isPublic") { docs { id } } }')
    const body = response.json() as { data?: { Meetings?: unknown } | null; errors?: { message: string }[] }
    expect(body.errors?.length, response.text).toBeGreaterThan(0)
    expect(body.data?.Meetings ?? null).toBeNull()
  })

  it('should keep plain sorts for visitors and dotted sorts for staff and server code', async () => {
    expect((await http.api('GET', '/meetings?sort=-startsAt')).status).toBe(200)
    const headers = await http.loginHeaders('beredning@test.example', TEST_PASSWORD)
    expect((await http.api('GET', '/meetings?sort=agendaItems.isPublic', { headers })).status).toBe(200)
    const local = await payload.find({
      collection: 'meetings',
      sort: 'agendaItems.isPublic',
      overrideAccess: false,
      depth: 0,
    })
    expect(local.docs.length).toBeGreaterThan(0)
  })

  it('should filter a where through a relation by the related rows the visitor may read', async () => {
    // A public item links a hidden document; a public meeting has a hidden item: neither is found through the relation.
    for (const path of [
      `/meetings?where[agendaItems.title][like]=${MARKERS.nonPublicItem}`,
      `/agenda-items?where[attachments.title][like]=${MARKERS.nonPublicAttachment}`,
    ]) {
      const response = await http.api('GET', path)
      expect(response.status, path).toBe(200)
      expect((response.json() as { totalDocs: number }).totalDocs, path).toBe(0)
    }
    // A field the visitor may not read cannot be queried through a relation either.
    expect(
      (await http.api('GET', `/meetings?where[agendaItems.positionTaken][like]=${MARKERS.unpublishedPosition}`)).status,
    ).toBe(400)
  })
})

describe('the kallelse’s signatories', () => {
  it('should stay hidden, through REST and GraphQL, until the kallelse is published', async () => {
    const meeting = await payload.create({
      collection: 'meetings',
      context,
      data: {
        body: 'SRO',
        kind: 'ordinarie',
        state: 'planned',
        startsAt: '2027-05-20T11:00:00.000Z',
        startsAt_tz: 'Europe/Stockholm',
        signatories: [{ person: scenario.person.id, role: 'ordforande' }],
        publication: { isNoticePublished: false, isMinutesPublished: false },
        _status: 'published',
      },
    })
    const rest = (await http.api('GET', `/meetings/${meeting.id}?depth=0`)).json() as Record<string, unknown>
    expect(rest.id).toBe(meeting.id)
    expect(rest.signatories ?? []).toEqual([])
    const graphql = await http.graphql(`{ Meeting(id: "${meeting.id}") { id signatories { role } } }`)
    expect(graphql.text).not.toContain('ordforande')

    await payload.update({
      collection: 'meetings',
      id: meeting.id,
      context,
      data: { publication: { isNoticePublished: true } },
    })
    const published = (await http.api('GET', `/meetings/${meeting.id}?depth=0`)).json() as {
      signatories?: { role: string }[]
    }
    expect(published.signatories?.map(({ role }) => role)).toEqual(['ordforande'])
  })
})

describe('årshjul rows', () => {
  const ROLES: Role[] = ['admin', 'kommunikator', 'beredning', 'sekreterare']
  const attempt = async (operation: () => Promise<unknown>): Promise<'allowed' | 'forbidden'> => {
    try {
      await operation()
      return 'allowed'
    } catch (error) {
      if ((error as { status?: number }).status === 403) return 'forbidden'
      throw error
    }
  }

  it.each(ROLES)('should be deleted for good by admins only (%s)', async (role) => {
    const user = users[role]
    const theme = await payload.create({
      collection: 'plan-themes',
      context,
      data: { name: `Tema ${role}`, colour: '#1f5f8b', order: 5 },
    })
    const item = await payload.create({
      collection: 'plan-items',
      context,
      data: { year: 2027, title: `Punkt ${role}`, theme: theme.id } as never,
    })
    const expected = role === 'admin' ? 'allowed' : 'forbidden'
    expect(
      await attempt(() =>
        payload.delete({ collection: 'plan-items', id: item.id, user, overrideAccess: false, context }),
      ),
      `plan item as ${role}`,
    ).toBe(expected)
    expect(
      await attempt(() =>
        payload.delete({ collection: 'plan-themes', id: theme.id, user, overrideAccess: false, context }),
      ),
      `theme as ${role}`,
    ).toBe(expected)
    // Editing stays with the plan's editors.
    const canEdit = ['admin', 'beredning', 'sekreterare'].includes(role) ? 'allowed' : 'forbidden'
    const fresh = await payload.create({
      collection: 'plan-items',
      context,
      data: { year: 2027, title: `Ny punkt ${role}` } as never,
    })
    expect(
      await attempt(() =>
        payload.update({
          collection: 'plan-items',
          id: fresh.id,
          data: { status: 'struken' } as never,
          user,
          overrideAccess: false,
          context,
        }),
      ),
      `strike as ${role}`,
    ).toBe(canEdit)
  })
})

describe('calendar and CSV with hostile text in the archive', () => {
  const HOSTILE_PLACE = 'Rum 1\rATTENDEE:mailto:evil@example.org\nBEGIN:VALARM'

  beforeAll(async () => {
    const meeting = await payload.create({
      collection: 'meetings',
      context,
      data: {
        body: 'SRO',
        kind: 'ordinarie',
        state: 'held',
        startsAt: '2026-02-12T12:00:00.000Z',
        startsAt_tz: 'Europe/Stockholm',
        location: HOSTILE_PLACE,
        publication: { isNoticePublished: true, isMinutesPublished: true },
        _status: 'published',
      },
    })
    const item = await payload.create({
      collection: 'agenda-items',
      context,
      data: { meeting: meeting.id, number: '3', order: 30, title: '\u00a0@SUM(1+1), med komma', _status: 'published' },
    })
    await payload.create({
      collection: 'decisions',
      context,
      data: { agendaItem: item.id, number: 1, kind: 'beslutar', text: ' =HYPERLINK("http://evil.example","klicka")' },
    })
  })

  it('should keep a hostile place on its own LOCATION line in /moten.ics', async () => {
    const route = await import('@/app/(frontend)/moten.ics/route')
    const text = await (await route.GET()).text()
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const lines = text.replace(/\r\n /g, '').split('\r\n')
    expect(lines).toContain('LOCATION:Rum 1\\nATTENDEE:mailto:evil@example.org\\nBEGIN:VALARM')
    expect(lines.filter((line) => line.startsWith('ATTENDEE') || line === 'BEGIN:VALARM')).toEqual([])
  })

  it('should quote every cell of /beslutslogg.csv and neutralise formulas behind spaces', async () => {
    const route = await import('@/app/(frontend)/%5Fvy/beslutslogg.csv/[query]/route')
    const text = await (await route.GET(...viewRouteArgs('http://localhost:3000/beslutslogg.csv'))).text()
    const row = text.split('\r\n').find((line) => line.includes('HYPERLINK'))
    expect(row).toBeDefined()
    expect(row).toMatch(/^"[^"]*"(;"([^"]|"")*")+$/)
    expect(row).toContain('"\' =HYPERLINK(""http://evil.example"",""klicka"")"')
    expect(row).toContain('"3. \u00a0@SUM(1+1), med komma"')
  })
})

describe('links in pages', () => {
  const UNSAFE = [
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'jav\tascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '&#106;avascript:alert(1)',
  ]
  const richText = (url: string) => ({
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          children: [
            {
              type: 'link',
              version: 3,
              direction: null,
              format: '',
              indent: 0,
              fields: { linkType: 'custom', url, newTab: false },
              children: [{ type: 'text', version: 1, text: 'klicka', format: 0, detail: 0, mode: 'normal', style: '' }],
            },
          ],
        },
      ],
    },
  })
  let headers: Record<string, string>
  beforeAll(async () => {
    headers = {
      ...(await http.loginHeaders('kommunikator@test.example', TEST_PASSWORD)),
      'content-type': 'application/json',
    }
  })
  const createPage = async (layout: unknown[]) =>
    http.api('POST', '/pages', {
      headers,
      body: JSON.stringify({ title: `Länkar ${Math.random()}`, layout, _status: 'published' }),
    })

  it.each(UNSAFE)('should refuse %j in a link list', async (url) => {
    const response = await createPage([{ blockType: 'linkList', links: [{ label: 'Klicka', url }] }])
    expect(response.status, response.text).toBe(400)
    expect(response.text).toContain('Ange en sökväg på webbplatsen')
  })

  it.each(UNSAFE)('should refuse %j as a link in rich text', async (url) => {
    const response = await createPage([{ blockType: 'richText', content: richText(url) }])
    expect(response.status, response.text).toBe(400)
  })

  it('should take site paths, web addresses and e-mail links in both', async () => {
    for (const url of ['/moten', 'https://www.vgregion.se/', 'mailto:sro@vgregion.se']) {
      const response = await createPage([
        { blockType: 'linkList', links: [{ label: 'Länk', url }] },
        { blockType: 'richText', content: richText(url) },
      ])
      expect(response.status, `${url}: ${response.text}`).toBe(201)
    }
  })

  it('should refuse the same links in the footer, with the same message', async () => {
    const attempt = payload.updateGlobal({
      slug: 'site-settings',
      context,
      data: { footerLinks: [{ label: 'x', url: 'jav\tascript:alert(1)' }] },
    })
    await expect(attempt).rejects.toMatchObject({
      data: {
        errors: [expect.objectContaining({ message: expect.stringContaining('Ange en sökväg på webbplatsen') })],
      },
    })
  })
})
