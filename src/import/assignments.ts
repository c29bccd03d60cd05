import type { AssignmentDue, DecisionKind, ParsedAgendaItem, ParsedAssignment } from './schema'
import { parseDeadline } from '../domain/deadline'

/** The kind of a decision, from its own text first and then from the position's introduction. */
export function decisionKind(text: string, intro = ''): DecisionKind | null {
  for (const source of [text, intro]) {
    // Separate tests: one regex with ".+" between the words is quadratic on long texts.
    if (
      (/\bger\b/iu.test(source) && /\bi uppdrag\b/iu.test(source)) ||
      /\b(?:får|ges|fick|gavs)\s+i uppdrag\b|\buppdrar\b/iu.test(source)
    )
      return 'ger_i_uppdrag'
    if (/rekommenderar\s+(?:huvudmännen|parterna|kommunerna|regionen)/iu.test(source))
      return 'rekommenderar_huvudmannen'
    if (/\bbeslutar\b/iu.test(source)) return 'beslutar'
    if (/\bgodkänner\b/iu.test(source)) return 'godkanner'
    if (/ställer sig bakom|tillstyrker/iu.test(source)) return 'staller_sig_bakom'
    if (/noterar informationen|lägger informationen till handlingarna|tar del av informationen/iu.test(source))
      return 'noterar_informationen'
  }
  return null
}

const UPPDRAG = /(?:^|\s)(i\s+)?uppdrag(?:et)?(?![\p{L}])(\s+att(?![\p{L}]))?/giu
const GIVES = /(?:^|\s)ger\s/giu
const RECEIVES = /\s(?:får|ges|fick|gavs|erhåller)$/iu

/**
 * Who and what: "ger X i uppdrag att Y", "X får i uppdrag att Y", "uppdrar åt X att Y". Written with
 * index arithmetic instead of one lazy regex, which took quadratic time on long texts full of "ger".
 */
export function matchAssignment(text: string): { assignees: string; task: string } | null {
  const gives = [...text.matchAll(GIVES)].map((match) => (match.index ?? 0) + match[0].length)
  let give = -1
  let checked = 0
  for (const match of text.matchAll(UPPDRAG)) {
    // "i uppdrag" or "uppdraget att": a bare "uppdraget" is about an assignment, not giving one.
    if (!match[1] && !match[2]) continue
    if ((checked += 1) > 20) break
    const at = match.index ?? 0
    while (give + 1 < gives.length && (gives[give + 1] ?? Infinity) <= at) give += 1
    const task = cleanTask(text.slice(at + match[0].length).replace(/^\s*(?:att\s+)?/u, ''), text)
    const before = text.slice(0, at)
    const receives = RECEIVES.exec(before.slice(-12))
    if (receives) {
      // "SRO ställer sig bakom att Regiondirektören får i uppdrag": the assignee follows the last "att".
      const subject = before.slice(0, before.length - receives[0].length)
      const sentence = subject.slice(subject.lastIndexOf('. ') + 1)
      const afterAtt = sentence.lastIndexOf(' att ') >= 0 ? sentence.slice(sentence.lastIndexOf(' att ') + 5) : sentence
      return { assignees: cleanAssignees(afterAtt), task }
    }
    const from = give >= 0 ? (gives[give] ?? 0) : -1
    if (from >= 0 && !text.slice(from, at).includes('. '))
      return { assignees: cleanAssignees(text.slice(from, at)), task }
  }
  const orders = /(?:^|\s)uppdrar\s+(?:åt\s+)?/iu.exec(text)
  if (orders) {
    const from = orders.index + orders[0].length
    const att = text.indexOf(' att ', from)
    if (att > from)
      return { assignees: cleanAssignees(text.slice(from, att)), task: cleanTask(text.slice(att + 5), text) }
  }
  return null
}

/** Verbs of a task someone is asked to do ("vill att beredningen sammanställer …"). */
const TASK_VERBS =
  'sammanställer|tar fram|bereder|utreder|redovisar|återrapporterar|förbereder|undersöker|ser över|presenterar|lämnar|skickar|återkommer|tittar på|kartlägger|analyserar'
const WANTS = new RegExp(`(?:^|\\s)vill\\s+att\\s+(.{2,80}?)\\s+((?:${TASK_VERBS})(?![\\p{L}]).*)$`, 'iu')
const COMES_BACK =
  /^(.{2,80}?)\s+((?:återkommer|ska\s+återkomma|kommer\s+(?:att\s+)?återkomma)\s+(?:om|med|till|i|kring)(?![\p{L}]).*)$/iu
/** A subject that names nobody: "Vi återkommer", "Det återkommer". */
const NOBODY = /^(?:vi|man|det|den|de|dessa|han|hon|frågan|ärendet)$/iu

/**
 * Assignments in plain words, one sentence at a time: "SRO … vill att beredningen sammanställer skriftlig information
 * till nästa möte", "Västra Götalandsregionen återkommer om dialogmöten …", "X återkommer med en samlad återkoppling
 * till SRO". Who is the subject as written; the task is the verb phrase.
 */
export function matchPlainAssignment(text: string): { assignees: string; task: string } | null {
  for (const sentence of text.split(/(?<=[.!?])\s+/u)) {
    const clean = sentence.trim().replace(/[.!?]$/u, '')
    const wants = WANTS.exec(clean)
    if (wants) return { assignees: cleanAssignees(wants[1]!), task: wants[2]!.trim() }
    const back = COMES_BACK.exec(clean)
    // The subject is what precedes the verb in its own clause ("SRO noterar informationen och X återkommer").
    const subject = back?.[1]
      ?.split(/\s+(?:och|samt)\s+(?=\p{Lu})/u)
      .at(-1)
      ?.trim()
    if (back && subject && !NOBODY.test(subject) && subject.split(/\s+/).length <= 8)
      return { assignees: cleanAssignees(subject), task: back[2]!.trim() }
  }
  return null
}

function cleanAssignees(text: string): string {
  return text.trim().replace(/^(?:och|samt)\s+/iu, '')
}

function cleanTask(task: string, whole: string): string {
  const value = task.trim()
  return value || whole.trim()
}

/** "Uppdraget ska återrapporteras till SRO 2025-11-13": a deadline for the assignment just given. */
export function isReportBack(text: string): boolean {
  return (
    /\b(?:uppdrage[nt]|det)\b/iu.test(text) &&
    /(?<![\p{L}])(?:återrapporteras|återredovisas|redovisas|rapporteras|återkopplas)(?![\p{L}])/iu.test(text)
  )
}

/**
 * The deadline in a text, and the words that state it, in the import's terms. The parsing itself is
 * `parseDeadline` (src/domain/deadline.ts); a season is stored as the month it ends in.
 */
export function parseDue(text: string, meetingDate: string): { due: AssignmentDue; dueText: string | null } {
  const deadline = parseDeadline(text, { meetingDate })
  switch (deadline.kind) {
    case 'date':
      return { due: { kind: 'date', date: deadline.date }, dueText: deadline.text }
    case 'month':
      return { due: { kind: 'month', month: deadline.month }, dueText: deadline.text }
    case 'season':
      return { due: { kind: 'month', month: deadline.range.to.slice(0, 7) }, dueText: deadline.text }
    case 'meeting':
      return { due: { kind: 'meeting', date: deadline.date, text: deadline.text }, dueText: deadline.text }
    case 'nextMeeting':
      return { due: { kind: 'meeting', date: null, text: deadline.text }, dueText: deadline.text }
    default:
      return { due: { kind: 'none' }, dueText: null }
  }
}

/**
 * Assignments given by an item's decisions. A following decision such as "Uppdraget ska återrapporteras
 * till SRO 2025-11-13" gives the deadline of the assignment before it.
 */
export function extractAssignments(
  item: ParsedAgendaItem,
  meetingDate: string,
  warn: (line: number, message: string) => void,
): ParsedAssignment[] {
  const assignments: ParsedAssignment[] = []
  const itemNumber = item.number ?? ''
  for (const decision of item.decisions) {
    const match = matchAssignment(decision.text) ?? matchPlainAssignment(decision.text)
    if (match) {
      assignments.push({
        itemNumber,
        decisionNumber: decision.number,
        text: match.task,
        assignees: match.assignees,
        ...parseDue(match.task, meetingDate),
        line: decision.line,
      })
      continue
    }
    if (!isReportBack(decision.text)) continue
    const { due, dueText } = parseDue(decision.text, meetingDate)
    const previous = [...assignments].reverse().find((assignment) => assignment.due.kind === 'none')
    if (previous && due.kind !== 'none') {
      previous.due = due
      previous.dueText = dueText
    } else if (!previous) {
      warn(decision.line, `Punkt ${itemNumber}: återrapporteringen hör inte till något uppdrag i samma punkt.`)
    }
  }
  return assignments
}
