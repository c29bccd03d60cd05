import { readPosition } from './positions'
import type { ItemLine } from './state'

// Older minutes write the decision without a "Ställningstagande:" label: "Efter dialog beslutar SRO att" or
// "Samrådsorganet beslutar att:", followed by bullets or numbered points, each one decision.

const DECIDES_INTRO =
  /(?:^|\s)(?:beslutar|beslöt|beslutade|ställer sig bakom|ställde sig bakom)(?:\s+(?:SRO|samrådsorganet|mötet|presidiet))?\s+att\s*:?$/iu

/** "… beslutar att" ending a line: true when the line was read as the intro of a decision list. */
export function isDecidesIntro(text: string): boolean {
  return text.length <= 200 && DECIDES_INTRO.test(text)
}

/** Reads the intro as a position taken ("Beslut: …"), so the points under it become the item's decisions. */
export function readDecidesIntro(step: ItemLine): boolean {
  const { line } = step
  if (line.bullet || !isDecidesIntro(line.text)) return false
  return readPosition({ ...step, line: { ...line, text: `Beslut: ${line.text}` } })
}
