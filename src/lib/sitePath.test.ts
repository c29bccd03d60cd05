import { describe, expect, it } from 'vitest'

import { isSitePath } from './sitePath'

describe('isSitePath', () => {
  it('accepts paths on this site', () => {
    for (const path of ['/', '/tillganglighet', '/moten/2025-11-13?x=1#punkt-6']) expect(isSitePath(path), path).toBe(true)
  })

  it('refuses other hosts, however they are written', () => {
    for (const path of ['//evil.example', '/\\evil.example', '\\\\evil.example', 'https://evil.example', '/\t/evil.example', 'evil', '']) {
      expect(isSitePath(path), JSON.stringify(path)).toBe(false)
    }
  })
})
