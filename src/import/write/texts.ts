/** The texts the importer writes that the parser does not give as they are: handling notes, proposals, titles. Pure. */
import { foldName } from '../resolve'
import type { ParsedAgendaItem, ParsedAssignment } from '../schema'

/** "Information inför ställningstagande 1 september" → "inför ställningstagande 1 september"; nothing left → null. */
export function handlingNoteOf(item: Pick<ParsedAgendaItem, 'handlingText' | 'scheduleText'>): string | null {
  if (!item.handlingText) return null
  let text = item.handlingText
  if (item.scheduleText) text = text.replace(`(${item.scheduleText})`, '')
  text = text
    .replace(/\([^)]*minut[^)]*\)/giu, '')
    .replace(/^(?:(?:information|dialog|ställningstagande|beslut|och|samt|&|,|\/)\s*)+/iu, '')
    .replace(/\s+/g, ' ')
    .trim()
  return text || null
}

/** The proposal of a kallelse, lead line and numbered points, as one text. */
export function proposalText(item: Pick<ParsedAgendaItem, 'proposedPosition' | 'decisions'>): string | null {
  const lead = item.proposedPosition?.trim() || null
  const points = item.decisions
  if (points.length === 0) return lead
  if (points.length === 1 && (!lead || points[0]!.text === lead)) return points[0]!.text
  return [lead, ...points.map((point) => `${point.number}. ${point.text}`)].filter(Boolean).join('\n')
}

/** "Uppdrag i korthet": the task without its deadline, capitalised, at most about 90 characters. */
export function assignmentTitle(assignment: Pick<ParsedAssignment, 'text' | 'dueText'>): string {
  let text = assignment.text.trim()
  // The deadline is shown beside the title: take it out wherever the sentence has it, first or last.
  const at = assignment.dueText ? text.toLowerCase().indexOf(assignment.dueText.toLowerCase()) : -1
  if (at >= 0) {
    const before = text.slice(0, at).replace(/[\s–—,-]+$/u, '')
    const after = text.slice(at + assignment.dueText!.length).replace(/^[\s–—,-]+/u, '')
    text = [before, after].filter(Boolean).join(' ')
  }
  text = text.replace(/[.\s]+$/u, '')
  if (text.length > 90) {
    const cut = text.slice(0, 90)
    text = `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60)).replace(/[\s,–-]+$/u, '')}…`
  }
  return text ? text[0]!.toLocaleUpperCase('sv') + text.slice(1) : 'Uppdrag'
}

export function tableText(table: ParsedAgendaItem['tables'][number]): string {
  return [table.title, ...table.rows.map((row) => row.join(' | '))].filter(Boolean).join('\n')
}

export function joinText(parts: (string | null | undefined)[]): string | null {
  const text = parts
    .map((part) => part?.trim())
    .filter(Boolean)
    .join('\n\n')
  return text || null
}

/** The first line of the text that names `name` (preferring lines that match `prefer`), for warnings. */
export function lineMentioning(
  foldedLines: readonly string[],
  name: string,
  prefer?: RegExp,
  fromLine = 1,
): number | null {
  const folded = foldName(name)
  let first: number | null = null
  for (const [index, line] of foldedLines.entries()) {
    if (index + 1 < fromLine || !line.includes(folded)) continue
    if (!prefer || prefer.test(line)) return index + 1
    first ??= index + 1
  }
  return first
}
