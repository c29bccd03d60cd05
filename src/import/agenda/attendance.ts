import { attendanceLabel, parseAttendanceSentence } from '../people'
import type { LineStep } from './state'

// Attendance written under an item ("Förhinder: …", "David Dahl ersätts av Gustav Gran.") goes to the meeting.

/** Returns true when the line was about attendance. */
export function readAttendance({ line, state }: LineStep): boolean {
  const label = /^([\p{L}][\p{L} ]{0,30}?)\s*:\s*(.+)$/u.exec(line.text)
  const status = label ? attendanceLabel(label[1] ?? '') : null
  if (label && status) {
    state.ctx.addAttendanceList(label[2] ?? '', status, line.line)
    return true
  }
  const sentence = parseAttendanceSentence(line.text)
  if (sentence) {
    state.ctx.addAttendance(sentence, line.line)
    return true
  }
  return false
}
