import { describe, expect, it } from 'vitest'

import { createContext } from '../context'
import { applyHeadLine, reconcileDuration, scheduleLine, splitTrailingParenthesis } from './handling'
import { newItem } from './state'

const item = () => newItem({ number: '4', parent: null, title: 'Titel', line: 10 })

describe('an item head: handling and time notes', () => {
  it('should split a trailing parenthesis from the text before it', () => {
    expect(splitTrailingParenthesis('Information och dialog (20 minuter)')).toEqual({
      head: 'Information och dialog',
      inner: '20 minuter',
    })
    expect(splitTrailingParenthesis('Information (VGR) och dialog')).toBeNull()
  })

  it('should take a parenthesis or a "kl." line as a time note only when it gives a length or clock times', () => {
    expect(scheduleLine('(20 minuter, kl. 13.05 – 13.25)')).toBe('20 minuter, kl. 13.05 – 13.25')
    expect(scheduleLine('kl. 13.05–13.25')).toBe('kl. 13.05–13.25')
    expect(scheduleLine('(bilaga)')).toBeNull()
    expect(scheduleLine('20 minuter')).toBeNull()
  })

  it('should read handling, "inför ställningstagande" and the time note of a head line into the item', () => {
    const target = item()
    expect(applyHeadLine(target, 'Information inför ställningstagande (10 minuter, kl. 14.35-14.45)')).toBe(true)
    expect(target).toMatchObject({
      handling: ['information'],
      beforePosition: true,
      handlingText: 'Information inför ställningstagande (10 minuter, kl. 14.35-14.45)',
      scheduleText: '10 minuter, kl. 14.35-14.45',
      durationMinutes: 10,
      start: '14:35',
      end: '14:45',
    })
    expect(applyHeadLine(target, 'Vid frågor kontakta Jenny Nilsson')).toBe(false)
  })

  it('should take the length from the clock times when none is written', () => {
    const target = { ...item(), start: '13:05', end: '13:25' }
    const ctx = createContext()
    reconcileDuration({ item: target, label: 'Punkt 4', ctx })
    expect(target.durationMinutes).toBe(20)
    expect(ctx.warnings).toEqual([])
  })

  it('should warn when the written length and the clock times disagree', () => {
    const target = { ...item(), durationMinutes: 15, start: '13:05', end: '13:25' }
    const ctx = createContext()
    reconcileDuration({ item: target, label: 'Punkt 4', ctx })
    expect(target.durationMinutes).toBe(15)
    expect(ctx.warnings).toEqual([{ line: 10, message: 'Punkt 4: 15 minuter stämmer inte med kl. 13:05–13:25.' }])
  })
})
