/**
 * Counts what a user does in a browser journey (issue 17), one rule for every journey: clicks, choices in a select,
 * files chosen, key presses other than typing (Tab and Enter too), and the dialogs that appear. Typing text is free;
 * moving to a field that is not already focused is a click.
 */
import type { Locator, Page } from 'playwright-core'

export function countedJourney(page: Page) {
  const log: string[] = []
  let dialogs = 0
  let lockDialogs = 0
  page.on('dialog', (dialog) => {
    dialogs++
    void dialog.dismiss()
  })
  // Payload's "Dokument låst" modal.
  const checkLock = async () => {
    if (await page.locator('.document-locked').isVisible()) lockDialogs++
  }
  const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement)
  return {
    log,
    counts: () => ({ actions: log.length, dialogs, lockDialogs }),
    click: async (what: string, locator: Locator) => {
      log.push(`klick: ${what}`)
      await locator.click()
      await checkLock()
    },
    select: async (what: string, locator: Locator, value: string) => {
      log.push(`val: ${what}`)
      await locator.selectOption(value)
    },
    chooseFile: async (what: string, locator: Locator, file: { name: string; mimeType: string; buffer: Buffer }) => {
      log.push(`fil: ${what}`)
      await locator.setInputFiles(file)
    },
    press: async (key: string) => {
      log.push(`tangent: ${key}`)
      await page.keyboard.press(key)
    },
    /** Types into a field; a click is counted unless the field already has focus. */
    type: async (what: string, locator: Locator, text: string) => {
      if (!(await isFocused(locator))) {
        log.push(`klick: ${what}`)
        await locator.click()
      }
      await locator.pressSequentially(text, { delay: 0 })
    },
  }
}
