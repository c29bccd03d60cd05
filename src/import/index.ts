export { parseDocument } from './parse'
export { docxToText } from './docx'
export * from './schema'
export {
  normaliseLine,
  parseClock,
  findTimeRange,
  findDates,
  monthNumber,
  prepareLines,
  stripMarkdown,
  stripBullet,
} from './text'
