// The importer's agenda parser: items, their head (handling, time, presenters), positions and decisions, dialogue,
// time plans, meeting dates, tables and signatures, one module per kind of line.
export { parseAgenda } from './parseAgenda'
export type { AgendaResult } from './state'
export { parseHandling } from './handling'
export { isFormalApproval } from './positions'
