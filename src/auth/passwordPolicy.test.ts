import { describe, expect, it } from 'vitest'

import { isCommonPassword, passwordProblem } from './passwordPolicy'

describe('passwordProblem', () => {
  it('should refuse a password shorter than 12 characters', () => {
    expect(passwordProblem('kort-lösen1')).toMatch(/minst 12 tecken/)
  })

  it('should count characters, not bytes', () => {
    expect(passwordProblem('åäöåäöåäöåäö')).toBeNull()
  })

  it('should refuse a password longer than 128 characters', () => {
    expect(passwordProblem('x'.repeat(129))).toMatch(/högst 128/)
  })

  it('should refuse a password on the common-password list', () => {
    expect(passwordProblem('qwertyuiop123')).toMatch(/för vanligt/)
  })

  it('should refuse a common password stretched with digits and punctuation', () => {
    expect(passwordProblem('Password2025!!')).toMatch(/för vanligt/)
    expect(passwordProblem('iloveyou1234')).toMatch(/för vanligt/)
  })

  it('should accept the demo, test and browser-test passwords', () => {
    for (const password of ['sro-demo-2025', 'test-password-1234', 'browser-test-password', 'demo-password-123']) {
      expect(passwordProblem(password)).toBeNull()
    }
  })

  it('should refuse what is not a string', () => {
    expect(passwordProblem(undefined)).toMatch(/Ange ett lösenord/)
  })
})

describe('isCommonPassword', () => {
  it('should ignore case', () => {
    expect(isCommonPassword('PASSWORD')).toBe(true)
  })
})
