import { describe, expect, it } from 'vitest'

import { calendarAddresses } from './calendarLinks'

describe('calendarAddresses', () => {
  it('should offer the https address and the same address as webcal://', () => {
    expect(calendarAddresses({ serverURL: 'https://sro.example', path: '/moten.ics' })).toEqual({ web: 'https://sro.example/moten.ics', webcal: 'webcal://sro.example/moten.ics' })
  })

  it('should keep the port and a path prefix of the configured server URL', () => {
    expect(calendarAddresses({ serverURL: 'http://localhost:3000/', path: '/arenden/x/kalender.ics' }).webcal).toBe('webcal://localhost:3000/arenden/x/kalender.ics')
    expect(calendarAddresses({ serverURL: 'https://vgregion.se/sro', path: '/arshjul.ics' }).web).toBe('https://vgregion.se/sro/arshjul.ics')
  })

  it('should refuse a path that is not on the site', () => {
    expect(() => calendarAddresses({ serverURL: 'https://sro.example', path: 'https://evil.example/x.ics' })).toThrow(RangeError)
  })
})
