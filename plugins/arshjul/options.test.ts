import { describe, expect, it } from 'vitest'

import { isPublicArshjul, parseArshjulOptions } from './options'

describe('arshjul options', () => {
  it('fills in defaults', () => {
    const options = parseArshjulOptions(undefined)
    expect(options.collections.meetings).toBe('meetings')
    expect(options.editRoles).toEqual(['admin', 'beredning', 'sekreterare'])
    expect(options.publicPage).toBe(true)
  })

  it('stops start-up with a message that names the bad option', () => {
    expect(() => parseArshjulOptions({ themes: [{ name: 'Psykisk hälsa', colour: 'lila' }] })).toThrow(
      'arshjulPlugin: ogiltiga inställningar – themes.0.colour: ska vara en färg som #1f5f8b',
    )
    expect(() => parseArshjulOptions({ editRoles: [] })).toThrow('editRoles: minst en roll behövs')
    expect(() => parseArshjulOptions({ collections: { meetings: 'Möten' } })).toThrow('collections.meetings: ska vara en samlings-slug')
    expect(() => parseArshjulOptions({ publicPage: 'ja' })).toThrow('publicPage')
    expect(() => parseArshjulOptions({ unknown: 1 })).toThrow('arshjulPlugin: ogiltiga inställningar')
  })
})

describe('isPublicArshjul', () => {
  it('is on by default and off when the option says so or the plugin is missing', () => {
    expect(isPublicArshjul(parseArshjulOptions({}))).toBe(true)
    expect(isPublicArshjul(parseArshjulOptions({ publicPage: false }))).toBe(false)
    expect(isPublicArshjul(undefined)).toBe(false)
  })
})

describe('deleteRoles', () => {
  it('should leave deleting for good to admins unless the site says otherwise', () => {
    expect(parseArshjulOptions({}).deleteRoles).toEqual(['admin'])
    expect(() => parseArshjulOptions({ deleteRoles: [] })).toThrow('deleteRoles: minst en roll behövs')
  })
})
