/**
 * The dashboard reads every collection label out: Payload 3.90 puts the raw label into the cards' "Skapa ny …"
 * aria-label, so a label given per language (an object) was read as "[object Object]" (the årshjul's two collections).
 */
import { describe, expect, it } from 'vitest'

describe('collection labels on the dashboard', () => {
  it('should give every collection a plain string singular and plural label', async () => {
    const config = await (await import('@payload-config')).default
    const notStrings = config.collections
      .filter((collection) => !collection.admin?.hidden)
      .flatMap((collection) =>
        (['singular', 'plural'] as const)
          .filter((form) => typeof collection.labels[form] !== 'string')
          .map((form) => `${collection.slug}.${form}`),
      )
    expect(notStrings).toEqual([])
  })
})
