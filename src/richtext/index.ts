export * from './types'
export {
  inlineNodes,
  linesToInline,
  linkNode,
  listNode,
  paragraphNode,
  richTextState,
  tableNode,
  textNode,
} from './build'
export type { ListInput, ListItemInput } from './build'
export { BULLET_LINE, NUMBERED_LINE, pipeCells, plainTextToRichText } from './fromPlainText'
export { richTextToPlainText } from './toPlainText'
