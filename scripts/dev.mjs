// `npm run dev`: migrate the database, seed demo content on an empty one, then start Next.js in development.
import { root, run } from './run.mjs'

process.chdir(root)
const nodeOptions = '--no-deprecation'
await run('node', ['scripts/payload.mjs', 'migrate'], { env: { NODE_OPTIONS: nodeOptions } })
await run('node', ['scripts/payload.mjs', 'run', 'scripts/seed.ts', '--', '--if-empty'], {
  env: { NODE_OPTIONS: nodeOptions },
})
const port = process.env.PORT || '3000'
console.log(`\nSRO-arkivet: http://localhost:${port}/  ·  admin: http://localhost:${port}/admin\n`)
await run('next', ['dev', '--port', port], { env: { NODE_OPTIONS: nodeOptions } })
