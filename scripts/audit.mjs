// `npm run audit`: the dependency check, first step of `npm test`.
// 1. Offline: installed packages against the committed minimum safe versions (scripts/safe-versions.json).
// 2. Online: `npm audit` of production dependencies; fails on high or critical advisories when the registry's
//    advisory service answers, and says plainly that nothing was checked when it does not.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { auditVerdict, belowMinimum } from './audit-rules.mjs'
import { root } from './run.mjs'

const { packages: minimums } = JSON.parse(fs.readFileSync(path.join(root, 'scripts/safe-versions.json'), 'utf8'))

function installedVersion(name) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version
  } catch {
    return undefined
  }
}

const installed = Object.fromEntries(Object.keys(minimums).map((name) => [name, installedVersion(name)]))
const tooOld = belowMinimum({ minimums, installed })
let failed = false
if (tooOld.length) {
  failed = true
  console.error('Beroenden under lägsta säkra version (scripts/safe-versions.json):')
  for (const entry of tooOld) console.error(`  ${entry.name} ${entry.installed} < ${entry.min}: ${entry.why}`)
} else {
  console.log(
    `Lägsta säkra versioner: ${Object.values(installed).filter(Boolean).length} paket kontrollerade, alla godkända.`,
  )
}

const report = await new Promise((resolve) => {
  // npm audit exits non-zero both on findings and when the service fails: read its JSON either way.
  execFile(
    'npm',
    ['audit', '--omit=dev', '--audit-level=high', '--json'],
    { cwd: root, timeout: 60_000, maxBuffer: 32 * 1024 * 1024 },
    (_error, stdout) => {
      try {
        resolve(JSON.parse(stdout))
      } catch {
        resolve(undefined)
      }
    },
  )
})
const verdict = auditVerdict(report)
if (verdict.kind === 'unavailable') {
  console.log('npm audit: granskningstjänsten svarade inte — ingen kontroll gjord.')
} else if (verdict.kind === 'fail') {
  failed = true
  console.error('npm audit: kända sårbarheter (high/critical) i produktionsberoenden:')
  for (const entry of verdict.serious) console.error(`  ${entry.name} (${entry.severity}) ${entry.range ?? ''}`)
} else {
  console.log('npm audit: inga kända sårbarheter (high/critical) i produktionsberoenden.')
}
process.exit(failed ? 1 : 0)
