/**
 * The text of a PDF or Word document, read in a separate `node` process (`worker.mjs`) so that a hostile file
 * costs that process, never the server: the zip directory is checked first (here, without inflating), then the
 * child gets a heap limit, a resident-memory watchdog and a wall-clock timeout. One set of rules for uploads,
 * the admin's import and the import CLI.
 *
 * A child process rather than a worker thread: a thread shares the server's memory (array buffers are not
 * covered by `resourceLimits`, and some V8 out-of-memory failures abort the whole process), and the script is
 * found from the working directory, so `next build` never has to bundle it (`next start` runs in the project).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { MAX_TEXT_CHARS, PDF_BOMB_MESSAGE, PDF_LIMITS, UNDERSTATED_SIZE_MESSAGE, ZIP_LIMITS } from './limits'
import { BrokenZipError, checkZipDirectory, looksLikeZip } from './zip'

export type ExtractKind = 'pdf' | 'docx'

/**
 * Why a document's text could not be read. `refused` and `memory` are hostile or absurd files (413: the upload
 * or import is refused); `timeout` and `unreadable` can be ordinary documents (an upload is kept without text).
 */
export type ExtractionFailure = 'refused' | 'memory' | 'timeout' | 'unreadable'

export class ExtractionError extends Error {
  override name = 'ExtractionError'
  readonly reason: ExtractionFailure
  readonly status: number
  constructor({ reason, message }: { reason: ExtractionFailure; message: string }) {
    super(message)
    this.reason = reason
    this.status = reason === 'refused' || reason === 'memory' ? 413 : reason === 'timeout' ? 422 : 400
  }
}

export const EXTRACT_LIMITS = {
  /** Old-generation heap of the child (mammoth's XML tree, pdf.js objects). */
  heapMb: 256,
  /** Resident memory of the child, buffers included (pdf.js inflates streams into typed arrays). */
  rssMb: 512,
  /** Address-space ceiling on Linux, a backstop should one allocation outrun the watchdog. */
  virtualMb: 4096,
  /** A 300-page PDF reads in about 5 s on this machine's cores. */
  timeoutMs: 20_000,
  /** At most this many documents are read at once; the rest wait their turn. */
  concurrency: 2,
  watchIntervalMs: 25,
} as const

const MAX_OUTPUT_BYTES = 4 * MAX_TEXT_CHARS + 1024

/** The worker script, from the project directory: the same path under vitest, the CLI and `next start`. */
export function workerPath(): string {
  return path.join(process.cwd(), 'src', 'extract', 'worker.mjs')
}

let running = 0
const waiting: (() => void)[] = []

async function withSlot<T>(task: () => Promise<T>): Promise<T> {
  if (running >= EXTRACT_LIMITS.concurrency) await new Promise<void>((resolve) => waiting.push(resolve))
  running += 1
  try {
    return await task()
  } finally {
    running -= 1
    waiting.shift()?.()
  }
}

/** Resident memory of a process in MB, from /proc (Linux); null elsewhere, where the heap limit and timeout remain. */
async function residentMb(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8')
    const match = /VmRSS:\s+(\d+) kB/.exec(status)
    return match ? Number(match[1]) / 1024 : null
  } catch {
    return null
  }
}

const memoryMessage = `Dokumentet behöver för mycket minne för att läsas (mer än ${EXTRACT_LIMITS.rssMb} MB) och kan vara skadligt. Spara om det som en vanlig PDF eller Word-fil och försök igen.`
const timeoutMessage = `Det tog för lång tid att läsa texten i dokumentet (mer än ${EXTRACT_LIMITS.timeoutMs / 1000} sekunder).`

function runWorker({ data, kind }: { data: Uint8Array; kind: ExtractKind }): Promise<string> {
  const script = workerPath()
  if (!fs.existsSync(script))
    throw new Error(`Textläsaren ${script} saknas: appen måste köras från projektets katalog.`)
  const limits = {
    maxTextChars: MAX_TEXT_CHARS,
    zipMaxTotalBytes: ZIP_LIMITS.maxTotalBytes,
    pdfMaxStreamBytes: PDF_LIMITS.maxStreamBytes,
    pdfMaxTotalBytes: PDF_LIMITS.maxTotalBytes,
  }
  const nodeArgs = [`--max-old-space-size=${EXTRACT_LIMITS.heapMb}`, script, kind, JSON.stringify(limits)]
  // `ulimit -v` through sh on Linux: a hard ceiling the kernel keeps, whatever the watchdog's timing.
  const [command, args] =
    process.platform === 'linux'
      ? [
          '/bin/sh',
          ['-c', `ulimit -v ${EXTRACT_LIMITS.virtualMb * 1024} && exec "$0" "$@"`, process.execPath, ...nodeArgs],
        ]
      : [process.execPath, nodeArgs]
  // A clean environment: no NODE_OPTIONS (loaders, the build's heap size), no secrets.
  const child = spawn(command, args, {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', NODE_ENV: process.env.NODE_ENV ?? 'production' },
  })

  return new Promise<string>((resolve, reject) => {
    let stopped: ExtractionFailure | null = null
    const stop = (reason: ExtractionFailure) => {
      if (stopped) return
      stopped = reason
      child.kill('SIGKILL')
    }
    const timer = setTimeout(() => stop('timeout'), EXTRACT_LIMITS.timeoutMs)
    const watchdog = setInterval(() => {
      if (child.pid === undefined) return
      void residentMb(child.pid).then((mb) => {
        if (mb !== null && mb > EXTRACT_LIMITS.rssMb) stop('memory')
      })
    }, EXTRACT_LIMITS.watchIntervalMs)

    const out: Buffer[] = []
    let outBytes = 0
    let errText = ''
    child.stdout.on('data', (chunk: Buffer) => {
      outBytes += chunk.length
      if (outBytes > MAX_OUTPUT_BYTES) stop('unreadable')
      else out.push(chunk)
    })
    child.stderr.on('data', (chunk: Buffer) => {
      if (errText.length < 4096) errText += chunk.toString('utf8')
    })
    // The child may die before reading all of stdin (killed, out of memory): that is reported by 'close'.
    child.stdin.on('error', () => {})
    child.stdin.end(data)

    child.on('error', (error) => {
      clearTimeout(timer)
      clearInterval(watchdog)
      reject(error)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      clearInterval(watchdog)
      if (stopped === 'memory') return reject(new ExtractionError({ reason: 'memory', message: memoryMessage }))
      if (stopped === 'timeout') return reject(new ExtractionError({ reason: 'timeout', message: timeoutMessage }))
      if (code !== 0 || stopped) {
        // V8 at its heap limit, or an allocation refused by the address-space ceiling.
        if (
          /heap out of memory|Allocation failed|allocation failed|Cannot allocate memory|Out of memory/i.test(
            errText,
          ) ||
          code === 134
        ) {
          return reject(new ExtractionError({ reason: 'memory', message: memoryMessage }))
        }
        return reject(
          new ExtractionError({
            reason: 'unreadable',
            message: `textläsaren avslutades oväntat (${code ?? 'signal'})`,
          }),
        )
      }
      let result:
        { ok: true; text: string } | { ok: false; reason: 'understated' | 'pdf-bomb' | 'unreadable'; message: string }
      try {
        result = JSON.parse(Buffer.concat(out).toString('utf8'))
      } catch {
        return reject(new ExtractionError({ reason: 'unreadable', message: 'textläsaren gav inget svar' }))
      }
      if (result.ok) return resolve(result.text)
      if (result.reason === 'understated')
        return reject(new ExtractionError({ reason: 'refused', message: UNDERSTATED_SIZE_MESSAGE }))
      if (result.reason === 'pdf-bomb')
        return reject(new ExtractionError({ reason: 'refused', message: PDF_BOMB_MESSAGE }))
      if (/allocation failed|Invalid typed array length|Array buffer allocation/i.test(result.message)) {
        return reject(new ExtractionError({ reason: 'memory', message: memoryMessage }))
      }
      reject(new ExtractionError({ reason: 'unreadable', message: result.message }))
    })
  })
}

/**
 * The text of a PDF or DOCX (at most MAX_TEXT_CHARS characters, as the reader gives it: lines and paragraphs
 * kept). Throws ExtractionError with a Swedish message for a refused, too heavy, too slow or unreadable file.
 */
export async function extractText({ data, kind }: { data: Uint8Array; kind: ExtractKind }): Promise<string> {
  if (kind === 'docx') await assertZipWithinLimits({ data })
  return withSlot(() => runWorker({ data, kind }))
}

/** Refuses (ExtractionError, 413) an Office file whose zip directory is beyond the limits; 400 when it is no zip. */
export async function assertZipWithinLimits({ data }: { data: Uint8Array }): Promise<void> {
  if (!looksLikeZip(data))
    throw new ExtractionError({
      reason: 'unreadable',
      message: 'Filen är inte ett Office-dokument (den är inte ett zip-arkiv).',
    })
  let refusal: Awaited<ReturnType<typeof checkZipDirectory>>
  try {
    refusal = await checkZipDirectory({ data })
  } catch (error) {
    if (error instanceof BrokenZipError)
      throw new ExtractionError({
        reason: 'unreadable',
        message: `Office-dokumentet är skadat och kan inte läsas (${error.message}).`,
      })
    throw error
  }
  if (refusal) throw new ExtractionError({ reason: 'refused', message: refusal.message })
}
