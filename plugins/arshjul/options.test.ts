import { describe, expect, it } from 'vitest'

import { isPublicArshjul, parseArshjulOptions } from './options'

const meetings = { slug: 'meetings', fields: { startsAt: 'startsAt' } }

describe('arshjul options', () => {
  it('fills in defaults', () => {
    const options = parseArshjulOptions({ meetings })
    expect(options.meetings.slug).toBe('meetings')
    expect(options.editRoles).toEqual(['admin'])
    expect(options.publicPage).toBe(true)
    expect(options.timeZone).toBe('UTC')
    expect(options.agendaItems).toBeUndefined()
  })

  it('stops start-up with a message that names the bad option', () => {
    expect(() => parseArshjulOptions({ meetings, themes: [{ name: 'Psykisk hälsa', colour: 'lila' }] })).toThrow(
      'arshjulPlugin: ogiltiga inställningar – themes.0.colour: ska vara en färg som #1f5f8b',
    )
    expect(() => parseArshjulOptions({ meetings, editRoles: [] })).toThrow('editRoles: minst en roll behövs')
    expect(() => parseArshjulOptions({ meetings: { ...meetings, slug: 'Möten' } })).toThrow(
      'meetings.slug: ska vara en samlings-slug',
    )
    expect(() => parseArshjulOptions({ meetings, publicPage: 'ja' })).toThrow('publicPage')
    expect(() => parseArshjulOptions({ meetings, unknown: 1 })).toThrow('arshjulPlugin: ogiltiga inställningar')
  })

  it('should require the host to name its meeting collection and start field', () => {
    expect(() => parseArshjulOptions(undefined)).toThrow('arshjulPlugin: ogiltiga inställningar – meetings')
    expect(() => parseArshjulOptions({ meetings: { slug: 'meetings', fields: {} } })).toThrow(
      'meetings.fields.startsAt',
    )
    expect(() => parseArshjulOptions({ meetings: { slug: 'meetings', fields: { startsAt: 'starts at' } } })).toThrow(
      'meetings.fields.startsAt: ska vara ett fältnamn',
    )
  })

  it('should refuse a time zone that does not exist', () => {
    expect(() => parseArshjulOptions({ meetings, timeZone: 'Europe/Göteborg' })).toThrow(
      'timeZone: ska vara en tidszon',
    )
  })
})

describe('isPublicArshjul', () => {
  it('is on by default and off when the option says so or the plugin is missing', () => {
    expect(isPublicArshjul(parseArshjulOptions({ meetings }))).toBe(true)
    expect(isPublicArshjul(parseArshjulOptions({ meetings, publicPage: false }))).toBe(false)
    expect(isPublicArshjul(undefined)).toBe(false)
  })
})

describe('deleteRoles', () => {
  it('should leave deleting for good to admins unless the site says otherwise', () => {
    expect(parseArshjulOptions({ meetings }).deleteRoles).toEqual(['admin'])
    expect(() => parseArshjulOptions({ meetings, deleteRoles: [] })).toThrow('deleteRoles: minst en roll behövs')
  })
})
