import { describe, expect, it } from 'vitest'

import { isLinkTarget, isSitePath } from './sitePath'

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

describe('isLinkTarget', () => {
  it('takes site paths, web addresses and e-mail links', () => {
    for (const url of ['/om-sro', 'https://www.vgregion.se/', 'http://example.org/a?b=c', 'mailto:sro@vgregion.se']) expect(isLinkTarget(url), url).toBe(true)
  })

  it('refuses scripts, other schemes and other hosts in disguise', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', '//evil.example', 'www.example.org', 'https://', 'mailto:']) expect(isLinkTarget(url), url).toBe(false)
  })
})
