/**
 * Payload's edit-lock dialog and lock badge show the other person's name and a Swedish date (issue 17), through
 * edits scripts/patch-payload-ui.mjs makes in the installed @payloadcms/ui on every install. Fails when they are
 * missing, e.g. after `npm ci --ignore-scripts` or a Payload upgrade the edits were not checked against.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { EDITS, LOCK_DATE_OPTIONS, isApplied, payloadUiDir } from '../../scripts/patch-payload-ui.mjs'

type Edit = { file: string; from: string; to: string }

describe('lock dialog and lock badge', () => {
  it.each((EDITS as Edit[]).map((edit) => [edit.file, edit.to.slice(0, 60), edit] as const))(
    'should have the installed %s patched (%s)',
    (file, _label, edit) => {
      const text = readFileSync(path.join(payloadUiDir(), 'dist', file), 'utf8')
      expect(isApplied(text, edit)).toBe(true)
    },
  )

  it('should name the person before the e-mail or id everywhere a lock names one', () => {
    for (const file of ['exports/client/index.js', 'elements/DocumentLocked/index.js', 'elements/Locked/index.js']) {
      const text = readFileSync(path.join(payloadUiDir(), 'dist', file), 'utf8')
      // `cond ? user.email ?? user.id` (a ternary's `?`, not the `??` after `user.name`)
      expect(/(?<!\?)\?\s*\w+\.email\s*\?\?\s*\w+\.id/.test(text), file).toBe(false)
      expect(text.includes('hour12'), file).toBe(false)
    }
  })

  it('should date a lock as the admin dates everything, in Swedish time', () => {
    const format = new Intl.DateTimeFormat('sv-SE', LOCK_DATE_OPTIONS as Intl.DateTimeFormatOptions)
    expect(format.format(new Date('2026-11-30T08:38:00Z'))).toBe('2026-11-30 09:38')
    expect(format.format(new Date('2026-07-01T22:05:00Z'))).toBe('2026-07-02 00:05')
  })
})
