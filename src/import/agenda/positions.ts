import { decisionKind } from '../assignments'
import type { Context } from '../context'
import { NUMBERED } from './items'
import type { Draft, ItemLine, PositionSource, State } from './state'

// Positions and decisions: "Ställningstagande: …" (minutes) or "Förslag till ställningstagande: …" (kallelse), a
// single sentence or an intro followed by numbered points; each point is one decision of the item.

const POSITION = /^(förslag till ställningstagande|förslag till beslut|ställningstagande|beslut)\s*:\s*(.*)$/iu

/** Where each kind of position is kept on the item. */
const POSITION_FIELD = { taken: 'positionTaken', proposed: 'proposedPosition' } as const satisfies Record<
  PositionSource,
  keyof Draft['item']
>

/** One short sentence that approves or adopts something: "Föregående mötesanteckningar godkänns." */
export function isFormalApproval(text: string): boolean {
  return text.length <= 120 && /^[^.!?]+\s(?:godkänns|godkändes|fastställs|fastställdes)\.?$/iu.test(text.trim())
}

/** "SRO ställer sig bakom att: 1. … 2. …" written on one line (PDF). */
export function splitInlineNumbered(text: string): { intro: string; points: string[] } | null {
  const first = /(?:^|\s)1\.\s+(?=\S)/u.exec(text)
  if (!first || !/\s2\.\s+\S/u.test(text.slice(first.index))) return null
  const intro = text.slice(0, first.index).trim()
  const points: string[] = []
  let rest = text.slice(first.index).trim()
  for (let number = 1; rest; number += 1) {
    const next = new RegExp(`\\s${number + 1}\\.\\s+(?=\\S)`, 'u').exec(rest)
    const head = rest.replace(new RegExp(`^${number}\\.\\s+`, 'u'), '')
    if (!next) {
      points.push(head.trim())
      break
    }
    points.push(head.slice(0, next.index - (rest.length - head.length)).trim())
    rest = rest.slice(next.index).trim()
  }
  return points.length >= 2 && points.every(Boolean) ? { intro, points } : null
}

/** The position taken wins over the proposal: returns false when this position's points are not wanted. */
function takeDecisionsFrom(main: Draft, source: PositionSource): boolean {
  if (main.decisionSource === 'taken' && source === 'proposed') return false
  if (main.decisionSource === 'proposed' && source === 'taken') main.item.decisions = []
  main.decisionSource = source
  return true
}

function addDecision(main: Draft, text: string, line: number): void {
  const value = text.trim()
  if (!value) return
  main.item.decisions.push({
    number: main.item.decisions.length + 1,
    text: value,
    kind: decisionKind(value, main.positionIntro?.text ?? ''),
    line,
  })
}

function setPosition({
  main,
  source,
  text,
  line,
  state,
}: {
  main: Draft
  source: PositionSource
  text: string
  line: number
  state: State
}): void {
  main.headOpen = false
  if (!text) {
    state.mode = { kind: 'positionText', source }
    return
  }
  const field = POSITION_FIELD[source]
  const previous = main.item[field]
  main.item[field] = previous ? `${previous}\n${text}` : text
  if (!takeDecisionsFrom(main, source)) {
    state.mode = { kind: 'body' }
    return
  }
  const inline = splitInlineNumbered(text)
  if (inline) {
    main.item[field] = inline.intro || null
    main.positionIntro = { text: inline.intro, line }
    for (const point of inline.points) addDecision(main, point, line)
    state.mode = { kind: 'positionList' }
    return
  }
  if (/(?::|\batt)$/u.test(text)) {
    main.positionIntro = { text, line }
    state.mode = { kind: 'positionList' }
    return
  }
  main.positionIntro = null
  addDecision(main, text, line)
  state.mode = { kind: 'body' }
}

/** "Ställningstagande: …" or a bare "Ställningstagande" heading. Returns true when the line was one. */
export function readPosition({ line, state, main }: ItemLine): boolean {
  const position = line.bullet ? null : POSITION.exec(line.text)
  if (position) {
    const source = /^förslag/iu.test(position[1] ?? '') ? 'proposed' : 'taken'
    setPosition({ main, source, text: (position[2] ?? '').trim(), line: line.line, state })
    return true
  }
  if (!line.bullet && /^ställningstagande$/iu.test(line.text)) {
    state.mode = { kind: 'positionText', source: 'taken' }
    main.headOpen = false
    return true
  }
  return false
}

/** Under a bare "Ställningstagande:" come either numbered points or the position's text. */
export function positionTextLine({ line, state, main, source }: ItemLine & { source: PositionSource }): boolean {
  const numbered = line.bullet ? null : NUMBERED.exec(line.text)
  if (line.bullet || numbered?.[1] === '1') {
    state.mode = takeDecisionsFrom(main, source) ? { kind: 'positionList' } : { kind: 'body' }
    main.positionIntro = null
    if (state.mode.kind === 'positionList') addDecision(main, numbered ? (numbered[2] ?? '') : line.text, line.line)
    return state.mode.kind === 'positionList'
  }
  state.mode = { kind: 'body' }
  setPosition({ main, source, text: line.text, line: line.line, state })
  return true
}

/** The points of a position: the next number or a bullet is a decision; anything else ends the list. */
export function positionListLine({ line, state, main }: ItemLine): boolean {
  const numbered = line.bullet ? null : NUMBERED.exec(line.text)
  if (numbered && Number(numbered[1]) === main.item.decisions.length + 1) {
    addDecision(main, numbered[2] ?? '', line.line)
    return true
  }
  if (line.bullet) {
    addDecision(main, line.text, line.line)
    return true
  }
  state.mode = { kind: 'body' }
  return false
}

/** "Dagens agenda godkänns." under its own item is what the meeting decided, not a note. */
export function readFormalApproval({ line, current }: ItemLine): boolean {
  if (line.bullet || current.item.decisions.length !== 0 || !isFormalApproval(line.text)) return false
  current.item.decisions.push({ number: 1, text: line.text, kind: 'godkanner', line: line.line })
  current.headOpen = false
  return true
}

/** A position that announced points ("… ställer sig bakom att:") but got none keeps its intro as the decision. */
export function closePositionIntro({ draft, label, ctx }: { draft: Draft; label: string; ctx: Context }): void {
  const intro = draft.positionIntro
  if (!intro || draft.item.decisions.length !== 0) return
  ctx.warn(
    intro.line,
    `${label}: ställningstagandet slutar med "${intro.text.slice(-20)}" men inga beslutspunkter följer.`,
  )
  draft.item.decisions.push({ number: 1, text: intro.text, kind: decisionKind(intro.text), line: intro.line })
}
