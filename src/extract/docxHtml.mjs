/**
 * A Word document's structure as text the importer's parser reads (the same shapes as the Markdown sources):
 * mammoth's HTML (paragraphs, lists, tables, links) turned into lines, where a list item starts with "- " or
 * "1. ", a table row is its cells separated by tabs and a link is written "[text](address)". Raw text (mammoth's
 * extractRawText) loses all three: list markers, cell boundaries and addresses. Pure, no DOM: mammoth writes a
 * small, well-formed subset of HTML.
 */

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

function decode(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[name.toLowerCase()] ?? whole
  })
}

const attribute = (attributes, name) => {
  const match = new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)
  return match ? decode(match[1]) : null
}

/** @param {string} html mammoth's convertToHtml value */
export function docxHtmlToText(html) {
  /** @type {string[]} */
  const out = []
  /** @type {{ ordered: boolean, number: number }[]} */
  const lists = []
  let line = ''
  let prefix = ''
  /** @type {string[] | null} */
  let row = null
  /** @type {string[] | null} */
  let cell = null
  let href = null
  let linkText = ''

  const write = (text) => {
    if (href !== null) linkText += text
    else if (cell) cell[cell.length - 1] += text
    else line += text
  }
  const flush = ({ blank = true } = {}) => {
    const text = line.replace(/[ \t]+/g, ' ').trim()
    if (text) {
      out.push(prefix + text)
      if (blank && !lists.length) out.push('')
    }
    line = ''
    prefix = ''
  }

  for (const match of html.matchAll(/<(\/?)([a-zA-Z0-9]+)([^>]*?)\/?>|([^<]+)/g)) {
    const [, closing, rawTag, attributes, text] = match
    if (text !== undefined) {
      write(decode(text))
      continue
    }
    const tag = rawTag.toLowerCase()
    if (tag === 'ul' || tag === 'ol') {
      if (!closing) {
        flush({ blank: false })
        lists.push({ ordered: tag === 'ol', number: 0 })
      } else {
        flush({ blank: false })
        lists.pop()
        if (!lists.length) out.push('')
      }
    } else if (tag === 'li') {
      flush({ blank: false })
      if (!closing) {
        const list = lists[lists.length - 1]
        const depth = '  '.repeat(Math.max(0, lists.length - 1))
        if (list) list.number += 1
        prefix = depth + (list?.ordered ? `${list.number}. ` : '- ')
      }
    } else if (tag === 'table') {
      flush()
      if (closing) out.push('')
    } else if (tag === 'tr') {
      if (!closing) row = []
      else if (row) {
        if (row.some((value) => value.trim()))
          out.push(row.map((value) => value.replace(/\s+/g, ' ').trim()).join('\t'))
        row = null
      }
    } else if (tag === 'td' || tag === 'th') {
      if (!closing && row) {
        cell = row
        row.push('')
      } else cell = null
    } else if (tag === 'a') {
      if (!closing) {
        href = attribute(attributes, 'href') ?? ''
        linkText = ''
      } else if (href !== null) {
        const target = href
        const label = linkText.replace(/\s+/g, ' ').trim()
        href = null
        // Only real addresses: mammoth's bookmarks ("#_Toc…") and empty ones stay plain text.
        write(label && /^(https?:|mailto:)/i.test(target) ? `[${label}](${target})` : label)
      }
    } else if (tag === 'br') {
      if (cell) write(' ')
      else flush({ blank: false })
    } else if (/^(p|h[1-6])$/.test(tag)) {
      if (cell) {
        if (closing) write(' ')
      } else if (closing) flush()
      else if (!prefix) flush()
    }
  }
  flush()
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
