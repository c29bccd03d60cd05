// `npm test`: typecheck, lint, unit and integration tests, then browser tests against a production build.
// Browser tests use Debian's Chromium; it is installed with apt when possible, otherwise we stop with one line.
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { root, run, start } from './run.mjs'

const CHROMIUM = '/usr/bin/chromium'
process.chdir(root)

const step = (title) => console.log(`\n── ${title} ──`)

function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return
  const canInstall = process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get')
  if (canInstall) {
    step('Installerar Debians chromium för webbläsartesterna')
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
  }
  if (!fs.existsSync(CHROMIUM)) {
    console.error('Chromium saknas: installera med `sudo apt-get install -y chromium` och kör `npm test` igen.')
    process.exit(1)
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

async function waitFor(url, { timeoutMs = 120_000 } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      if (response.status < 500) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} svarade inte inom ${timeoutMs / 1000} s`)
}

const nodeOptions = '--no-deprecation'
// For development: `BROWSER_ONLY=1 node scripts/test.mjs tests/browser/x.test.ts` skips the fast suites
// and runs only the named browser test files. CI and `npm test` run everything.
const browserOnly = process.env.BROWSER_ONLY === '1'
const browserFiles = process.argv.slice(2)

if (!browserOnly) {
  step('Beroenden (npm run audit: lägsta säkra versioner, npm audit)')
  await run('node', ['scripts/audit.mjs'])
  step('Typkontroll (tsc --noEmit)')
  await run('tsc', ['--noEmit'])
  step('Lint och formatering (eslint, prettier --check)')
  await run('eslint', ['.'])
  await run('prettier', ['--check', '.'])
  step('Enhetstester och integrationstester (vitest)')
  await run('vitest', ['run', '--project', 'unit', '--project', 'integration'])
}

if (process.env.SKIP_BROWSER_TESTS === '1') {
  console.log('\nSKIP_BROWSER_TESTS=1: webbläsartesterna hoppas över.')
  process.exit(0)
}

ensureChromium()
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sro-browser-'))
const port = await freePort()
const env = {
  NODE_OPTIONS: nodeOptions,
  DATABASE_URI: `file:${path.join(workDir, 'browser.db')}`,
  UPLOADS_DIR: path.join(workDir, 'uploads'),
  PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
  SEED_PASSWORD: 'browser-test-password',
  PORT: String(port),
  NEXT_PUBLIC_SERVER_URL: `http://localhost:${port}`,
  PAYLOAD_DISABLE_AUTORUN: 'true',
}
let server
try {
  // Built on an empty database and filled afterwards, as an operator does: every browser test then proves that the
  // build bakes no content into the pages (issue 14).
  step('Bygger appen mot en tom, migrerad databas (migrate, next build) och fyller den sedan (seed)')
  await run('node', ['scripts/payload.mjs', 'migrate'], { env })
  await run('next', ['build'], { env: { ...env, NODE_OPTIONS: `${nodeOptions} --max-old-space-size=6000` } })
  await run('node', ['scripts/payload.mjs', 'run', 'scripts/seed.ts'], { env })
  step(`Startar next start på port ${port}`)
  server = start('next', ['start', '--port', String(port)], { env: { ...env, NODE_ENV: 'production' } })
  // Healthy means the database answers and is migrated (503 until then).
  await waitFor(`http://localhost:${port}/api/health`)
  step('Webbläsartester (Chromium)')
  await run('vitest', ['run', '--project', 'browser', ...browserFiles], {
    env: { APP_URL: `http://localhost:${port}`, SEED_PASSWORD: env.SEED_PASSWORD },
  })
} finally {
  server?.kill('SIGTERM')
  fs.rmSync(workDir, { recursive: true, force: true })
}
console.log('\nAlla tester gick igenom.')
