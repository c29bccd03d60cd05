/** The site's static assets live in the top-level public/ folder, and the public layout points browsers at them. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const read = (file: string) => readFileSync(path.join(root, file))

describe('public assets', () => {
  it('should hold a favicon as SVG and as a multi-size ICO', () => {
    expect(read('public/favicon.svg').toString()).toContain('>SRO</text>')
    const ico = read('public/favicon.ico')
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 3])
  })

  it('should hold the logo with its accessible name', () => {
    expect(read('public/logo.svg').toString()).toContain(
      '<title id="sro-logo-title">SRO – Politiskt samrådsorgan</title>',
    )
  })

  it('should be referenced by the public layout', () => {
    const layout = read('src/app/(frontend)/layout.tsx').toString()
    for (const url of ['/favicon.svg', '/favicon.ico', '/apple-touch-icon.png', '/logo.svg'])
      expect(layout).toContain(url)
  })
})
