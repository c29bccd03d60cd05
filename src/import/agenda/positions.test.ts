import { describe, expect, it } from 'vitest'

import { splitInlineNumbered } from './positions'

describe('positions written on one line', () => {
  it('should split "… bakom att: 1. … 2. …" into the intro and its points', () => {
    expect(
      splitInlineNumbered('SRO ställer sig bakom att: 1. Parterna tar fram förslag. 2. Riktlinjen skickas på remiss.'),
    ).toEqual({
      intro: 'SRO ställer sig bakom att:',
      points: ['Parterna tar fram förslag.', 'Riktlinjen skickas på remiss.'],
    })
  })

  it('should leave a position with fewer than two numbered points whole', () => {
    expect(splitInlineNumbered('SRO ställer sig bakom att: 1. Parterna tar fram förslag.')).toBeNull()
    expect(splitInlineNumbered('SRO noterar version 1. 2 av rapporten.')).toBeNull()
  })
})
