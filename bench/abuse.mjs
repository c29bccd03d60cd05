// Hostile requests against a running `next start` (issue 12, items 1–4): each is sent once (sign-in a bounded
// number of times), and the bench prints per request the status, the time and the server's memory (RSS) before and
// after. It ends by checking that the server still answers. Localhost only; every request has a time limit.
//
//   npm run build && npm start        (demo content in the database: `npm run seed`)
//   node_modules/.bin/tsx bench/abuse.mjs [--url http://localhost:3000] [--pid <server pid>] [--password <SEED_PASSWORD>]
//
// Without --pid the server process is found from the port with `ss`. On a build before issue 12 the deepest GraphQL
// query can take the server down: the bench then reports the failure and the last line says the server is gone.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'

import { bombDocx } from '../tests/helpers/documents.ts'

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:3000' },
    pid: { type: 'string' },
    password: { type: 'string', default: process.env.SEED_PASSWORD || 'sro-demo-2025' },
    timeout: { type: 'string', default: '60' },
    // e.g. --skip graphql: measure the other groups on a build where GraphQL takes the server down.
    skip: { type: 'string', multiple: true, default: [] },
  },
})
const base = new URL(values.url)
if (!['localhost', '127.0.0.1', '[::1]'].includes(base.hostname)) {
  console.error('abuse.mjs skickar bara till den här maskinen (localhost, 127.0.0.1, [::1]).')
  process.exit(2)
}
const timeoutMs = Number(values.timeout) * 1000

function serverPid() {
  if (values.pid) return Number(values.pid)
  try {
    const out = execFileSync('ss', ['-ltnpH', `sport = :${base.port || 80}`], { encoding: 'utf8' })
    const match = /pid=(\d+)/.exec(out)
    return match ? Number(match[1]) : undefined
  } catch {
    return undefined
  }
}
const pid = serverPid()

/** Resident memory of the server process in MB (all its threads), or undefined when it cannot be read. */
function serverRssMb() {
  if (!pid) return undefined
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1])
    return Math.round(kb / 1024)
  } catch {
    return undefined
  }
}

async function send(path, init = {}) {
  const started = performance.now()
  try {
    const response = await fetch(new URL(path, base), {
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      ...init,
    })
    const text = await response.text()
    return { status: response.status, ms: performance.now() - started, text, headers: response.headers }
  } catch (error) {
    return {
      status: error?.name === 'TimeoutError' ? 'timeout' : 'no answer',
      ms: performance.now() - started,
      text: String(error?.cause?.code ?? error?.message ?? error),
    }
  }
}

const rows = []
async function measure(name, run) {
  const before = serverRssMb()
  const result = await run()
  // Let the server settle (and its garbage collector run) before reading memory again.
  await new Promise((resolve) => setTimeout(resolve, 300))
  const after = serverRssMb()
  const row = {
    request: name,
    status: result.status,
    ms: Math.round(result.ms),
    rssBeforeMb: before,
    rssAfterMb: after,
    note: result.note ?? shortBody(result.text),
  }
  rows.push(row)
  console.log(JSON.stringify(row))
  return result
}
const shortBody = (text = '') => text.replace(/\s+/g, ' ').slice(0, 140)
const json = (body) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

async function login(email, password) {
  const response = await send('/api/users/login', json({ email, password }))
  try {
    return JSON.parse(response.text).token
  } catch {
    return undefined
  }
}

// 1. GraphQL: agenda items → their meeting → its agenda items → … (the join multiplies rows per level).
function nestedQuery(levels) {
  let inner = 'title'
  for (let level = 0; level < levels; level++) inner = `title meeting { title agendaItems { docs { ${inner} } } }`
  return `{ AgendaItems(limit: 100) { docs { ${inner} } } }`
}

const median = (numbers) => numbers.sort((a, b) => a - b)[Math.floor(numbers.length / 2)]

console.log(`Server ${base.origin}, pid ${pid ?? 'okänd (minnet kan inte läsas)'}`)
const up = await send('/')
if (up.status !== 200) {
  console.error(`Servern svarar inte på / (${up.status}): starta den först.`)
  process.exit(1)
}

const runs = (group) => !values.skip.includes(group)

// ── 1. GraphQL ──
if (runs('graphql')) {
  for (const levels of [1, 2, 3]) {
    await measure(`graphql nested ${levels} level(s), anonymous`, () =>
      send('/api/graphql', json({ query: nestedQuery(levels) })),
    )
  }
  const aliases = Array.from(
    { length: 200 },
    (_, i) => `a${i}: AgendaItems(limit: 100) { docs { title meeting { title } } }`,
  ).join(' ')
  await measure('graphql 200 aliases, anonymous', () => send('/api/graphql', json({ query: `{ ${aliases} }` })))
  await measure('graphql batch of 100 operations, anonymous', () =>
    send('/api/graphql', json(Array.from({ length: 100 }, () => ({ query: nestedQuery(1) })))),
  )
}

// ── 2. forgot-password, with a staff save at the same time ──
const adminToken = await login('admin@sro.example', values.password)
const staff = adminToken ? { Authorization: `JWT ${adminToken}`, 'content-type': 'application/json' } : undefined
await measure('forgot-password, unknown address, anonymous', () =>
  send('/api/users/forgot-password', json({ email: 'ingen@example.org' })),
)
if (staff) {
  const me = JSON.parse((await send('/api/users/me', { headers: staff })).text).user
  const [forgot, save] = await Promise.all([
    measure('forgot-password, known address, anonymous', () =>
      send('/api/users/forgot-password', json({ email: 'kommunikator@sro.example' })),
    ),
    (async () => {
      await new Promise((resolve) => setTimeout(resolve, 50))
      return measure('staff save during forgot-password', () =>
        send(`/api/users/${me.id}`, { method: 'PATCH', headers: staff, body: JSON.stringify({ name: me.name }) }),
      )
    })(),
  ])
  void forgot
  void save
} else {
  console.log('(admin-inloggningen misslyckades: ange --password; samtidig sparning hoppas över)')
}

// ── 3. zip-bomb DOCX uploaded by beredning ──
const beredningToken = await login('beredning@sro.example', values.password)
if (beredningToken) {
  // A DOCX whose document.xml inflates to 100 MB from a few hundred KB (the one the upload tests use).
  const bomb = bombDocx({ inflatedBytes: 100 * 2 ** 20 })
  const form = new FormData()
  form.append(
    'file',
    new Blob([bomb], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }),
    'bomb.docx',
  )
  form.append('_payload', JSON.stringify({ title: 'Zip-bomb', category: 'bilaga' }))
  await measure(`zip-bomb DOCX upload (${Math.round(bomb.length / 1024)} KB → 100 MB), beredning`, () =>
    send('/api/attachments', { method: 'POST', headers: { Authorization: `JWT ${beredningToken}` }, body: form }),
  )
} else {
  console.log('(beredning-inloggningen misslyckades: ange --password; zip-bomben hoppas över)')
}

// ── 4. sign-in: timing of known and unknown addresses, then a burst of wrong passwords ──
async function loginTimes(email, count) {
  const times = []
  let status
  for (let i = 0; i < count; i++) {
    const response = await send('/api/users/login', json({ email, password: `fel-losenord-${i}` }))
    times.push(response.ms)
    status = response.status
  }
  return { status, ms: median(times), note: `median of ${count}` }
}
await measure('login wrong password, known address', () => loginTimes('sekreterare@sro.example', 3))
await measure('login wrong password, unknown address', () => loginTimes('finns-inte@sro.example', 3))
const burst = []
await measure('30 wrong passwords for admin, anonymous', async () => {
  const started = performance.now()
  let last
  for (let i = 0; i < 30; i++) {
    last = await send('/api/users/login', json({ email: 'admin@sro.example', password: `gissning-${i}` }))
    burst.push(last.status)
  }
  const counts = burst.reduce((all, status) => ({ ...all, [status]: (all[status] ?? 0) + 1 }), {})
  return {
    status: last.status,
    ms: performance.now() - started,
    note: `statuses ${JSON.stringify(counts)}, Retry-After ${last.headers?.get('retry-after') ?? '–'}`,
  }
})

const still = await send('/')
console.log(
  `\nServern svarar fortfarande: ${still.status === 200 ? 'ja' : `nej (${still.status})`}, RSS ${serverRssMb() ?? '?'} MB`,
)
console.table(rows.map(({ note, ...row }) => ({ ...row, note: String(note).slice(0, 60) })))
