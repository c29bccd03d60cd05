import { describe, expect, it } from 'vitest'

import { previewExitPath } from './previewExit'

describe('previewExitPath', () => {
  it('should go back to the site path it is given', () => {
    expect(previewExitPath({ path: '/om-sro' })).toBe('/om-sro')
  })

  it('should go back to the path of the page the link was on', () => {
    expect(previewExitPath({ referer: 'http://localhost:3000/om-sro?x=1' })).toBe('/om-sro?x=1')
  })

  it('should never leave the site, whatever the path or referer says', () => {
    for (const path of ['//evil.example', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)']) expect(previewExitPath({ path })).toBe('/')
    expect(previewExitPath({ referer: 'https://evil.example//evil.example/x' })).toBe('/')
    expect(previewExitPath({ referer: 'not a url' })).toBe('/')
  })

  it('should not lead back into the preview route', () => {
    expect(previewExitPath({ path: '/preview?path=/om-sro' })).toBe('/')
    expect(previewExitPath({ referer: 'http://localhost:3000/preview/avsluta' })).toBe('/')
  })
})
