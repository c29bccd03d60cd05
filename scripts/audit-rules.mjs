// Rules for `npm run audit` (scripts/audit.mjs), kept pure so they have unit tests (tests/unit/audit.test.ts).

/** Compares dotted versions numerically (1.10.0 > 1.9.0); a pre-release counts as below its release. */
export function compareVersions(a, b) {
  const [coreA, preA] = String(a).split('-', 2)
  const [coreB, preB] = String(b).split('-', 2)
  const partsA = coreA.split('.').map(Number)
  const partsB = coreB.split('.').map(Number)
  for (let i = 0; i < Math.max(partsA.length, partsB.length); i += 1) {
    const diff = (partsA[i] ?? 0) - (partsB[i] ?? 0)
    if (diff !== 0) return Math.sign(diff)
  }
  if (preA && !preB) return -1
  if (!preA && preB) return 1
  return 0
}

/**
 * Installed versions below the committed minimums. `installed` maps a package name to its version, or to undefined
 * when it is not installed (then it cannot be vulnerable here).
 */
export function belowMinimum({ minimums, installed }) {
  return Object.entries(minimums)
    .filter(([name, { min }]) => installed[name] !== undefined && compareVersions(installed[name], min) < 0)
    .map(([name, { min, why }]) => ({ name, installed: installed[name], min, why }))
}

/**
 * What `npm audit --json` said. Without the advisory service npm prints an error object (e.g. 405 from a mirror that
 * has no audit endpoint) instead of a report: then nothing was checked, and we say so.
 */
export function auditVerdict(report) {
  if (!report || typeof report !== 'object' || !report.vulnerabilities || !report.metadata)
    return { kind: 'unavailable' }
  const serious = Object.values(report.vulnerabilities)
    .filter((entry) => entry.severity === 'high' || entry.severity === 'critical')
    .map((entry) => ({ name: entry.name, severity: entry.severity, range: entry.range }))
  return serious.length ? { kind: 'fail', serious } : { kind: 'ok' }
}
