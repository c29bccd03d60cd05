import type { Context } from '../context'
import type { ParsedAgendaItem } from '../schema'
import { questionSentences, type TextLine } from '../text'
import { readAttendance } from './attendance'
import { readDecidesIntro } from './decides'
import { dialogueLine, startDialogue } from './dialogue'
import { readItemHead, reconcileDuration } from './handling'
import { isNextItem, numberedLine, startMain, startPause, startSub } from './items'
import { readLinks } from './links'
import { leaveMeetingDates, meetingDatesLine, startMeetingDates } from './meetingDates'
import { milestoneOf, milestonesLine, startMilestones } from './milestones'
import { addNote, BEFORE_FIRST_ITEM, finishPending, readTopic } from './notes'
import { closePositionIntro, positionListLine, positionTextLine, readFormalApproval, readPosition } from './positions'
import { readPresenters } from './presenters'
import { parseSignatories, WELCOME } from './signatories'
import { type AgendaResult, type Draft, type ItemLine, itemLabel, newState, type State } from './state'
import { flushTable, startYearPlan } from './tables'

// The agenda parser's loop: which reader gets a line, in which order. What each kind of line means is in the
// module named after it.

/** Page numbers from PDF text ("3", "Sida 2 av 5") carry nothing. */
const PAGE_NUMBER = /^(?:sida\s+)?\d{1,3}(?:\s*(?:av|\/)\s*\d{1,3})?$/iu

/** Lines that belong to the list or block opened before them. Returns true when the line was used. */
function continueMode(step: ItemLine): boolean {
  const mode = step.state.mode
  switch (mode.kind) {
    case 'meetingDates':
      return meetingDatesLine({ ...step, mode })
    case 'positionText':
      return positionTextLine({ ...step, source: mode.source })
    case 'positionList':
      return positionListLine(step)
    case 'milestones':
      return milestonesLine(step)
    case 'dialogue':
      return dialogueLine({ ...step, dialogueKind: mode.dialogueKind })
    default:
      return false
  }
}

/** Readers of a line inside an item, in the order they are asked; the first that takes the line wins. */
const ITEM_READERS: readonly ((step: ItemLine) => boolean)[] = [
  startPause,
  readAttendance,
  readItemHead,
  readPresenters,
  continueMode,
  readPosition,
  readDecidesIntro,
  startDialogue,
  startMilestones,
  startMeetingDates,
  startYearPlan,
  readLinks,
  readTopic,
]

/** Handles one line inside the agenda. */
function handleLine(line: TextLine, state: State): void {
  const numbered = numberedLine(line)
  if (numbered && isNextItem({ number: Number(numbered[1]), title: numbered[2] ?? '', state })) {
    startMain({ number: Number(numbered[1]), title: numbered[2] ?? '', line, state })
    return
  }
  if (startSub({ line, state })) return
  const main = state.main
  const current = state.current
  if (!main || !current) {
    state.ctx.keep(line.line, line.text, BEFORE_FIRST_ITEM)
    return
  }

  // A heading waiting for what follows: a table makes it a table title, anything else a note.
  if (state.pending) {
    if (state.pending.purpose === 'milestones' && milestoneOf({ line, state })) {
      state.pending = null
    } else finishPending(state)
  }

  const step: ItemLine = { line, state, main, current }
  if (ITEM_READERS.some((read) => read(step))) return
  if (numbered) current.listNumber = Number(numbered[1])
  if (readFormalApproval(step)) return
  addNote({ draft: current, text: line.text, bullet: line.bullet })
}

function finishDraft(draft: Draft, ctx: Context): ParsedAgendaItem {
  const item = draft.item
  const label = itemLabel(item)
  closePositionIntro({ draft, label, ctx })
  reconcileDuration({ item, label, ctx })
  item.notes = draft.notes.join('\n\n')
  const noteLines = draft.notes.flatMap((note) => note.split('\n')).map((note) => note.replace(/^- /u, ''))
  item.questions = [...new Set([...item.dialogue.map((entry) => entry.text), ...noteLines].flatMap(questionSentences))]
  return item
}

/** Reads the agenda: numbered items, sub-items, pauses, and what ends the document. */
export function parseAgenda(lines: readonly TextLine[], meetingDate: string, ctx: Context): AgendaResult {
  const state = newState({ ctx, meetingDate })
  for (const line of lines) {
    if (state.signatureLines) {
      state.signatureLines.push(line)
      continue
    }
    if (line.cells) {
      state.table.push(line)
      continue
    }
    flushTable(state)
    if (!line.text) continue
    if (PAGE_NUMBER.test(line.text) && !line.bullet) continue
    if (WELCOME.test(line.text)) {
      finishPending(state)
      if (state.mode.kind === 'meetingDates') leaveMeetingDates(state)
      state.signatureLines = []
      continue
    }
    handleLine(line, state)
  }
  flushTable(state)
  finishPending(state)
  if (state.mode.kind === 'meetingDates') leaveMeetingDates(state)
  const items = state.drafts.map((draft) => finishDraft(draft, ctx))
  return {
    items,
    milestones: state.milestones,
    yearPlan: state.yearPlan,
    upcomingMeetings: state.upcoming,
    signatories: state.signatureLines ? parseSignatories({ lines: state.signatureLines, ctx }) : [],
  }
}
