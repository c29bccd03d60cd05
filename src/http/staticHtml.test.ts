import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { hasClientRuntime, stripClientRuntime } from './staticHtml.mjs'

// Real documents from `next start` (Next 16.4.5, Turbopack build): the start page from the page cache, /sok rendered
// per request and streamed, and the 404 page.
const SAMPLES = ['start-cached.html', 'sok-per-request.html', 'not-found.html']
const sample = (name: string) =>
  fs.readFileSync(path.resolve(__dirname, '../../tests/fixtures/next-html', name), 'utf8')
const between = (html: string, start: string, end: string) =>
  html.slice(html.indexOf(start), html.indexOf(end, html.indexOf(start)) + end.length)

describe('stripClientRuntime on real Next documents', () => {
  it.each(SAMPLES)('should leave %s without scripts, script preloads or the inline RSC payload', (name) => {
    const html = sample(name)
    expect(html).toContain('<script')
    expect(html).toContain('self.__next_f')
    const stripped = stripClientRuntime(html)
    expect(stripped).not.toMatch(/<script/i)
    expect(stripped).not.toContain('__next_f')
    expect(stripped).not.toContain('TURBOPACK')
    expect(stripped).not.toMatch(/<link[^>]*(as="script"|modulepreload)/)
    expect(hasClientRuntime(stripped)).toBe(false)
    // About half of each document was runtime.
    expect(stripped.length).toBeLessThan(html.length * 0.75)
  })

  it.each(SAMPLES)('should keep everything a visitor sees in %s byte for byte', (name) => {
    const html = sample(name)
    const stripped = stripClientRuntime(html)
    expect(stripped.startsWith('<!DOCTYPE html><html lang="sv"><head><meta charSet="utf-8"/>')).toBe(true)
    expect(stripped.endsWith('</body></html>')).toBe(true)
    for (const part of [
      ['<title>', '</title>'],
      ['<header', '</header>'],
      ['<main', '</main>'],
      ['<footer', '</footer>'],
    ])
      expect(between(stripped, part[0], part[1])).toBe(between(html, part[0], part[1]))
    for (const tag of html.match(/<(?:link|meta)\b[^>]*>/g) ?? [])
      if (!/as="script"/.test(tag)) expect(stripped).toContain(tag)
    expect(stripped).toContain('<link rel="stylesheet"')
  })

  it('should change nothing the second time', () => {
    const once = stripClientRuntime(sample('start-cached.html'))
    expect(stripClientRuntime(once)).toBe(once)
  })

  it('should leave escaped text and noscript alone', () => {
    const html =
      '<html><body><p>&lt;script&gt;alert(1)&lt;/script&gt; as=&quot;script&quot;</p><noscript>x</noscript></body></html>'
    expect(stripClientRuntime(html)).toBe(html)
  })

  it('should remove module preloads and scripts in any attribute order', () => {
    expect(
      stripClientRuntime(
        '<head><link href="/a.js" rel="modulepreload"/><link as="script" href="/b.js" rel="preload"/>' +
          '<script type="module">x()</script ><link rel="preload" href="/f.woff2" as="font"/></head>',
      ),
    ).toBe('<head><link rel="preload" href="/f.woff2" as="font"/></head>')
  })
})
