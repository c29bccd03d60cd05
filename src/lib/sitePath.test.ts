import { describe, expect, it } from 'vitest'

import { isLinkTarget, isSitePath, isWebAddress } from './sitePath'

describe('isSitePath', () => {
  it('accepts paths on this site', () => {
    for (const path of ['/', '/tillganglighet', '/moten/2025-11-13?x=1#punkt-6'])
      expect(isSitePath(path), path).toBe(true)
  })

  it('refuses other hosts, however they are written', () => {
    for (const path of [
      '//evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      'https://evil.example',
      '/\t/evil.example',
      'evil',
      '',
    ]) {
      expect(isSitePath(path), JSON.stringify(path)).toBe(false)
    }
  })
})

describe('isLinkTarget', () => {
  it('takes site paths, web addresses and e-mail links', () => {
    for (const url of ['/om-sro', 'https://www.vgregion.se/', 'http://example.org/a?b=c', 'mailto:sro@vgregion.se'])
      expect(isLinkTarget(url), url).toBe(true)
  })

  it('refuses scripts, other schemes and other hosts in disguise', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      '//evil.example',
      'www.example.org',
      'https://',
      'mailto:',
    ])
      expect(isLinkTarget(url), url).toBe(false)
  })
})

describe('isLinkTarget with hostile input', () => {
  it('should refuse script and data links in every disguise', () => {
    const hostile = [
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      '\u00a0javascript:alert(1)',
      'jav\tascript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      '\u0001javascript:alert(1)',
      '\ufeffjavascript:alert(1)',
      'javascript&colon;alert(1)',
      '&#106;avascript:alert(1)',
      '&#x6A;avascript:alert(1)',
      'javascript://%0aalert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'DaTa:text/html,x',
      'vbscript:msgbox(1)',
      'VBScript:msgbox(1)',
      'https:evil.example',
      'https:/\\evil.example',
      'https://example.org/\n',
      'https://example.org/\u0085',
      'mailto:a@b.se\njavascript:alert(1)',
      '/moten\r\nSet-Cookie: x=1',
      'tel:+4631000000',
      '#punkt-6',
    ]
    for (const url of hostile) expect(isLinkTarget(url), JSON.stringify(url)).toBe(false)
  })

  it('should take ordinary links in any case of the scheme', () => {
    for (const url of [
      'HTTPS://WWW.VGREGION.SE/',
      'Mailto:sro@vgregion.se',
      'mailto:sro@vgregion.se?subject=SRO',
      '/moten?ar=2025#lista',
      'https://example.org/a%20b',
    ]) {
      expect(isLinkTarget(url), url).toBe(true)
    }
  })
})

describe('isWebAddress', () => {
  it('should take only http(s) addresses with a host and no white space', () => {
    for (const url of ['https://www.vgregion.se/', 'http://example.org/a?b=c'])
      expect(isWebAddress(url), url).toBe(true)
    for (const url of [
      '/om-sro',
      'mailto:sro@vgregion.se',
      'https://',
      'https://example.org/a b',
      'ftp://example.org',
      'javascript:alert(1)',
    ])
      expect(isWebAddress(url), url).toBe(false)
  })
})
