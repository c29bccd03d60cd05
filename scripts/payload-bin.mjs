// Payload's CLI under the tsx CLI; started by scripts/payload.mjs, which retries a stalled start.
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const payloadBin = path.join(
  path.dirname(new URL(import.meta.url).pathname),
  '..',
  'node_modules',
  'payload',
  'dist',
  'bin',
  'index.js',
)
const { bin } = await import(pathToFileURL(payloadBin).href)
await bin()
