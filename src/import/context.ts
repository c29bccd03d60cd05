import { attendanceFrom } from './attendanceFrom'
import { parseAttendanceList } from './people'
import type { Attendance, ParseWarning, Unparsed } from './schema'
import { foldName } from './text'

/** What every part of the parser reports into: warnings, kept text and attendance. */
export interface Context {
  warnings: ParseWarning[]
  unparsed: Unparsed[]
  attendance: Attendance[]
  /** The line of each attendance entry, for warnings. */
  attendanceLines: number[]
  warn(line: number, message: string): void
  /** Keeps text that was not understood, with a warning. */
  keep(line: number, text: string, message: string): void
  addAttendance(entry: Attendance, line: number): void
  addAttendanceList(value: string, status: Attendance['status'], line: number): void
}

export function createContext(): Context {
  const ctx: Context = {
    warnings: [],
    unparsed: [],
    attendance: [],
    attendanceLines: [],
    warn(line, message) {
      ctx.warnings.push({ line: Math.max(1, Math.floor(line) || 1), message })
    },
    keep(line, text, message) {
      ctx.unparsed.push({ line: Math.max(1, Math.floor(line) || 1), text })
      ctx.warn(line, message)
    },
    addAttendance(entry, line) {
      const existing = ctx.attendance.find((other) => foldName(other.name) === foldName(entry.name))
      if (!existing) {
        const from = entry.from ?? attendanceFrom(entry.note)
        ctx.attendance.push(from ? { ...entry, from } : entry)
        ctx.attendanceLines.push(line)
        return
      }
      if (existing.status !== entry.status)
        ctx.warn(line, `${entry.name} står med två olika närvarouppgifter; den första gäller.`)
    },
    addAttendanceList(value, status, line) {
      const { entries, unknown } = parseAttendanceList(value, status)
      for (const entry of entries) ctx.addAttendance(entry, line)
      for (const text of unknown) ctx.keep(line, text, `Kunde inte tolka "${text}" som ett namn i närvarouppgifterna.`)
    },
  }
  return ctx
}
