import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { defineConfig } from 'vitest/config'

const dirname = path.dirname(fileURLToPath(import.meta.url))
// graphql ships CommonJS (main) and ESM (module); Vite picks the ESM copy, Payload's GraphQL the CommonJS one, and graphql
// refuses types and errors from "another realm". One copy, as in Next (where graphql is external).
const alias = {
  '@payload-config': path.resolve(dirname, 'payload.config.ts'),
  '@': path.resolve(dirname, 'src'),
  '@collections': path.resolve(dirname, 'collections'),
  '@plugins': path.resolve(dirname, 'plugins'),
  graphql: path.resolve(dirname, 'node_modules/graphql/index.js'),
}

export default defineConfig({
  resolve: { alias },
  test: {
    environment: 'node',
    // One Payload and one SQLite file at a time: the machine has two cores and the suites share ports.
    fileParallelism: false,
    env: { VITEST: 'true', PAYLOAD_DISABLE_AUTORUN: 'true', NEXT_TELEMETRY_DISABLED: '1' },
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'collections/**/*.test.ts', 'plugins/**/*.test.ts', 'tests/unit/**/*.test.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          environment: 'node',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          env: { VITEST: 'true', PAYLOAD_DISABLE_AUTORUN: 'true' },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
})
