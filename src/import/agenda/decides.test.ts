import { describe, expect, it } from 'vitest'

import { parseDocument } from '../parse'
import { isDecidesIntro } from './decides'

const minutes = (body: string) =>
  parseDocument(`Mötesanteckning SRO\nDatum: 17 mars 2022\nDagordning\n1. Remissvar\n${body}\n2. Övriga frågor\n`)
    .meetings[0]?.agendaItems[0]

describe('"… beslutar att" followed by points', () => {
  it('should know the intro of a decision list', () => {
    expect(isDecidesIntro('Efter dialog beslutar SRO att')).toBe(true)
    expect(isDecidesIntro('Samrådsorganet beslutar att:')).toBe(true)
    expect(isDecidesIntro('SRO ställer sig bakom att')).toBe(true)
    expect(isDecidesIntro('Regionen beslutar att godkänna avtalet.')).toBe(false)
  })

  it('should make each bullet a decision', () => {
    const item = minutes(
      'Efter dialog beslutar SRO att\n• ställa sig bakom remissvaret\n• rekommendera huvudmännen att anta strategin',
    )
    expect(item?.decisions.map((decision) => decision.text)).toEqual([
      'ställa sig bakom remissvaret',
      'rekommendera huvudmännen att anta strategin',
    ])
    expect(item?.positionTaken).toBe('Efter dialog beslutar SRO att')
    expect(item?.notes).toBe('')
  })

  it('should make each numbered point a decision', () => {
    const item = minutes(
      'Samrådsorganet beslutar att:\n1. ställa sig bakom ansvarsfördelningen\n2. följa upp införandet',
    )
    expect(item?.decisions.map((decision) => decision.text)).toEqual([
      'ställa sig bakom ansvarsfördelningen',
      'följa upp införandet',
    ])
  })
})
