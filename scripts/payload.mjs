#!/usr/bin/env node
// `node scripts/payload.mjs <command>`: Payload's CLI (migrate, run, generate:types …), made dependable.
// On this machine the stock `payload` bin stalls in about one run in seven while loading TypeScript through tsx:
// its module loading never settles, and Node exits with code 0 (stock bin) or 13 (unsettled top-level await)
// before the command has run, so `payload migrate` could "succeed" without migrating. We run the CLI under the
// tsx CLI and start it again when it stalls (exit 13): the stall happens while loading, before any work is done.
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const here = path.dirname(new URL(import.meta.url).pathname)
const tsx = path.join(here, '..', 'node_modules', '.bin', 'tsx')
const UNSETTLED_TOP_LEVEL_AWAIT = 13
const ATTEMPTS = 10

for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
  const result = spawnSync(tsx, [path.join(here, 'payload-bin.mjs'), ...process.argv.slice(2)], { stdio: 'inherit' })
  if (result.status !== UNSETTLED_TOP_LEVEL_AWAIT) process.exit(result.status ?? 1)
  console.error(`payload ${process.argv[2] ?? ''}: laddningen stannade, försöker igen (${attempt}/${ATTEMPTS}).`)
}
console.error(`payload ${process.argv[2] ?? ''}: gav upp efter ${ATTEMPTS} försök.`)
process.exit(1)
