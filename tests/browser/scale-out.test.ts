/**
 * Scale-out for real: two `next start` processes from the one build `npm test` made, over one database of their own
 * (an SQLite file in WAL mode stands in for the shared database). The database is migrated but empty when they start;
 * the seed then runs as a separate CLI process. Changes written through one instance (REST as staff) or by the CLI
 * show on every public surface of both within 10 s; withdrawals too. The measured times are printed (closing note).
 * Not a browser test, but it needs the production build that the browser project runs against.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = path.resolve(__dirname, '../..')
const LIMIT_MS = 10_000
const POLL_MS = 200
const MEETING = '2025-11-13'
const MEETING_NAME = 'SRO möte 13 november 2025'
const CASE = 'lans-gemensam-riktlinje-patientsakerhet'

/** Every public surface, with what shows there while the 2025-11-13 meeting is public. */
const MEETING_SURFACES: { path: string; marker: string }[] = [
  { path: '/', marker: MEETING_NAME },
  { path: `/moten/${MEETING}`, marker: MEETING_NAME },
  { path: '/moten', marker: `/moten/${MEETING}` },
  { path: '/arenden', marker: CASE },
  { path: `/arenden/${CASE}`, marker: `/moten/${MEETING}` },
  { path: '/sok?q=patients%C3%A4kerhet', marker: `/moten/${MEETING}` },
  { path: '/feed.xml', marker: MEETING_NAME },
  { path: '/moten.ics', marker: MEETING_NAME },
  { path: `/arenden/${CASE}/kalender.ics`, marker: MEETING_NAME },
  { path: '/beslutslogg', marker: `/moten/${MEETING}` },
  { path: '/beslutslogg.csv', marker: MEETING },
  { path: '/beslutslogg.json', marker: MEETING },
  { path: '/sitemap.xml', marker: `/moten/${MEETING}` },
]
/** Seeded content on the surfaces that do not show that meeting. */
const OTHER_SURFACES: { path: string; marker: string }[] = [
  { path: '/om-sro', marker: 'politiska samrådsorganet mellan' },
  { path: '/arshjul', marker: 'Hjälpmedelsförsörjning' },
  { path: '/arshjul.ics', marker: 'BEGIN:VEVENT' },
]

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sro-scale-out-'))
const password = 'scale-out-test-password'
const env: Record<string, string> = {
  DATABASE_URI: `file:${path.join(workDir, 'shared.db')}`,
  UPLOADS_DIR: path.join(workDir, 'uploads'),
  PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
  SEED_PASSWORD: password,
  PAYLOAD_DISABLE_AUTORUN: 'true',
  NODE_OPTIONS: '--no-deprecation',
  NEXT_TELEMETRY_DISABLED: '1',
}
const servers: ChildProcess[] = []
let a = ''
let b = ''
const timings: string[] = []

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

function cli(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', ['scripts/payload.mjs', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`payload ${args.join(' ')}: exit ${code}`))))
  })
}

async function startInstance(): Promise<string> {
  const port = await freePort()
  const server = spawn(path.join(ROOT, 'node_modules/.bin/next'), ['start', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, ...env, NODE_ENV: 'production', PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  servers.push(server)
  const url = `http://localhost:${port}`
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    const status = await fetch(`${url}/api/health`).then(
      (response) => response.status,
      () => 0,
    )
    if (status === 200) return url
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url}/api/health svarade inte 200 inom 120 s`)
}

async function read(base: string, path: string) {
  const response = await fetch(`${base}${path}`, { redirect: 'manual' })
  return { status: response.status, text: await response.text() }
}

/** Polls one surface until `isDone`; returns the time from `since` (ms), or throws after the limit. */
async function timeUntil({
  base,
  path,
  since,
  isDone,
}: {
  base: string
  path: string
  since: number
  isDone: (page: { status: number; text: string }) => boolean
}) {
  while (Date.now() - since <= LIMIT_MS + 2000) {
    if (isDone(await read(base, path))) return Date.now() - since
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
  return Number.POSITIVE_INFINITY
}

/** Times every surface on both instances, records them, and says which missed the limit. */
async function expectEverywhere({
  label,
  surfaces,
  since,
  isDone,
}: {
  label: string
  surfaces: { path: string; marker: string }[]
  since: number
  isDone: (page: { status: number; text: string }, marker: string) => boolean
}) {
  const results = await Promise.all(
    surfaces.flatMap(({ path, marker }) =>
      [a, b].map(async (base) => ({
        path,
        instance: base === a ? 'A' : 'B',
        ms: await timeUntil({ base, path, since, isDone: (page) => isDone(page, marker) }),
      })),
    ),
  )
  timings.push(
    `${label}: ${results.map(({ path, instance, ms }) => `${path} ${instance} ${Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : 'aldrig'}`).join(', ')}`,
  )
  expect(results.filter(({ ms }) => ms > LIMIT_MS).map(({ path, instance }) => `${instance} ${path}`)).toEqual([])
}

async function staff(base: string) {
  const login = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@sro.example', password }),
  })
  const { token } = (await login.json()) as { token: string }
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}/api${path}`, {
      method,
      headers: { Authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
    return response.json() as Promise<Record<string, unknown> & { docs?: { id: string }[] }>
  }
}

beforeAll(async () => {
  await cli(['migrate'])
  ;[a, b] = await Promise.all([startInstance(), startInstance()])
}, 300_000)

afterAll(async () => {
  for (const server of servers) server.kill('SIGTERM')
  await Promise.all(
    servers.map(
      (server) => new Promise((resolve) => (server.exitCode === null ? server.on('exit', resolve) : resolve(null))),
    ),
  )
  fs.rmSync(workDir, { recursive: true, force: true })
  console.log(`\nTid från skrivning till ändring (gräns ${LIMIT_MS / 1000} s):\n${timings.join('\n')}`)
})

describe('two instances over one database', () => {
  it('should show what a separate seed process wrote after both started, on every surface of both', async () => {
    // Both render and cache the empty archive first.
    for (const base of [a, b])
      expect((await read(base, '/')).text).toContain('Inga mötesanteckningar är publicerade ännu')
    for (const base of [a, b]) {
      for (const { path, marker } of [...MEETING_SURFACES, ...OTHER_SURFACES])
        expect((await read(base, path)).text, path).not.toContain(marker)
    }

    await cli(['run', 'scripts/seed.ts'])
    const since = Date.now()
    await expectEverywhere({
      label: 'seed (CLI), publicering',
      surfaces: [...MEETING_SURFACES, ...OTHER_SURFACES],
      since,
      isDone: (page, marker) => page.status === 200 && page.text.includes(marker),
    })
  }, 600_000)

  it('should withdraw a meeting unpublished through instance A from every surface of both within 10 s', async () => {
    const call = await staff(a)
    const { docs } = await call('GET', `/meetings?where[slug][equals]=${MEETING}&depth=0`)
    const since = Date.now()
    await call('PATCH', `/meetings/${docs![0].id}`, { _status: 'draft' })
    const surfaces = MEETING_SURFACES.filter(({ path }) => path !== '/arenden')
    // Gone: the page answers (a 404 for the meeting itself) without the meeting; an error page does not count.
    await expectEverywhere({
      label: 'avpublicering via A',
      surfaces,
      since,
      isDone: (page, marker) => [200, 404].includes(page.status) && !page.text.includes(marker),
    })
  }, 120_000)

  it('should show the meeting published again through instance B on every surface of both within 10 s', async () => {
    const call = await staff(b)
    const { docs } = await call('GET', `/meetings?where[slug][equals]=${MEETING}&depth=0&draft=true`)
    const since = Date.now()
    await call('PATCH', `/meetings/${docs![0].id}`, { _status: 'published' })
    await expectEverywhere({
      label: 'publicering via B',
      surfaces: MEETING_SURFACES,
      since,
      isDone: (page, marker) => page.status === 200 && page.text.includes(marker),
    })
  }, 120_000)
})
