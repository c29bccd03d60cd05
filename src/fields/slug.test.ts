import { describe, expect, it } from 'vitest'

import { slugify } from './slug'

describe('slugify', () => {
  it('folds Swedish letters and punctuation into a URL-safe slug', () => {
    expect(slugify('Läns gemensam riktlinje – patientsäkerhet')).toBe('lans-gemensam-riktlinje-patientsakerhet')
    expect(slugify('  Öppna data & Åtgärder!  ')).toBe('oppna-data-atgarder')
    expect(slugify('')).toBe('')
  })
})
