import type { Context } from '../context'
import { isPersonName } from '../people'
import type { Signatory } from '../schema'
import type { TextLine } from '../text'

// A kallelse ends with "Välkommen!" and the names of those who call the meeting.

/** "Välkommen!" ends the agenda: what follows are the signatures. */
export const WELCOME = /^(?:varmt |hjärtligt )?(?:välkommen|välkomna)!?$/iu

const SIGNATORY_ROLE = /^(?:vice\s+)?ordförande$/iu

/** "Helen Eliasson / Regionstyrelsen / Västra Götalandsregionen / Ordförande" blocks after "Välkommen!". */
export function parseSignatories({ lines, ctx }: { lines: readonly TextLine[]; ctx: Context }): Signatory[] {
  const signatories: Signatory[] = []
  const blocks: TextLine[][] = [[]]
  for (const line of lines) {
    if (!line.text && !line.cells) {
      if (blocks[blocks.length - 1]?.length) blocks.push([])
      continue
    }
    blocks[blocks.length - 1]?.push(line)
    // The role closes a signature, also when no blank line follows (PDF text).
    if (SIGNATORY_ROLE.test(line.text)) blocks.push([])
  }
  for (const block of blocks) {
    const [first, ...rest] = block
    if (!first) continue
    if (!isPersonName(first.text)) {
      for (const line of block) ctx.keep(line.line, line.text, 'Kunde inte tolka texten efter kallelsens sista punkt.')
      continue
    }
    const last = rest[rest.length - 1]
    const roleText = last && SIGNATORY_ROLE.test(last.text) ? last.text : null
    const organisationLines = (roleText ? rest.slice(0, -1) : rest).map((line) => line.text)
    signatories.push({
      name: first.text,
      role: roleText ? (/^vice/iu.test(roleText) ? 'vice_ordforande' : 'ordforande') : null,
      roleText,
      organisation: organisationLines.length ? organisationLines.join(', ') : null,
      line: first.line,
    })
  }
  return signatories
}
