// Shared by the HTTP benches: one keep-alive agent, a timed GET, percentiles, a closed loop (saturated throughput)
// and an open loop (requests start on a fixed schedule whatever the server does, so slow answers show in the tail).
import http from 'node:http'
import os from 'node:os'
import { performance } from 'node:perf_hooks'

export const agent = new http.Agent({ keepAlive: true, maxSockets: 256 })

/** A GET that gives up after `timeoutMs` (counted as an error: a saturated page must not stall the bench). */
export function request(url, { timeoutMs = 15_000 } = {}) {
  return new Promise((resolve) => {
    const start = performance.now()
    const req = http.get(url, { agent }, (response) => {
      let bytes = 0
      response.on('data', (chunk) => (bytes += chunk.length))
      response.on('end', () =>
        resolve({ ok: response.statusCode === 200, status: response.statusCode, bytes, ms: performance.now() - start }),
      )
      response.on('error', () => resolve({ ok: false, status: 0, bytes, ms: performance.now() - start }))
    })
    req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')))
    req.on('error', () => resolve({ ok: false, status: 0, bytes: 0, ms: performance.now() - start }))
  })
}

export const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN

export function summary(results, elapsedSeconds) {
  const ok = results.filter((result) => result.ok)
  const times = ok.map((result) => result.ms).sort((a, b) => a - b)
  return {
    requests: results.length,
    errors: results.length - ok.length,
    reqPerSec: Math.round(ok.length / elapsedSeconds),
    p50Ms: +percentile(times, 50).toFixed(1),
    p95Ms: +percentile(times, 95).toFixed(1),
    p975Ms: +percentile(times, 97.5).toFixed(1),
    p99Ms: +percentile(times, 99).toFixed(1),
  }
}

/** Closed loop: `concurrency` clients back to back for `seconds`. */
export async function saturate(url, { seconds, concurrency }) {
  const results = []
  const end = performance.now() + seconds * 1000
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) results.push(await request(url))
    }),
  )
  return summary(results, (performance.now() - started) / 1000)
}

/** Open loop: `rate` requests a second for `seconds`. */
export async function fixedRate(url, { rate, seconds }) {
  const pending = []
  const started = performance.now()
  const total = rate * seconds
  for (let i = 0; i < total; i += 1) {
    const due = started + (i * 1000) / rate
    const wait = due - performance.now()
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait))
    pending.push(request(url))
  }
  return summary(await Promise.all(pending), (performance.now() - started) / 1000)
}

/** The 1-minute load average with two decimals: recorded with every figure (the machine may be busy). */
export const loadAverage = () => +os.loadavg()[0].toFixed(2)
