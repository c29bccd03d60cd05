// Small helpers for the npm scripts: run a command and stop on failure, with the project's bins on PATH.
import { spawn } from 'node:child_process'
import path from 'node:path'

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')

export function run(command, args, { env = {}, allowFailure = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: '1',
        PATH: `${path.join(root, 'node_modules/.bin')}:${process.env.PATH}`,
        ...env,
      },
    })
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (code === 0 || allowFailure) resolve(code ?? 1)
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`))
    })
  })
}

export function start(command, args, { env = {} } = {}) {
  return spawn(command, args, {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      PATH: `${path.join(root, 'node_modules/.bin')}:${process.env.PATH}`,
      ...env,
    },
  })
}
