/** CSV for spreadsheets (RFC 4180): every cell quoted, and nothing a spreadsheet would run as a formula. */

export type CsvValue = string | number | null | undefined

/**
 * A cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, also the full-width forms, after any leading
 * whitespace such as spaces, tabs or a no-break space) or that starts with a tab or CR gets a leading `'`
 * (OWASP's CSV injection advice). Negative numbers are written as text then; the log has none.
 */
export function neutraliseFormula(text: string): string {
  return /^[\t\r]|^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u.test(text) ? `'${text}` : text
}

export function csvCell(value: CsvValue): string {
  const text = value === null || value === undefined ? '' : String(value)
  return `"${neutraliseFormula(text).replaceAll('"', '""')}"`
}

/** Semicolons for Swedish Excel, CRLF rows, and a BOM so Excel reads å, ä, ö. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`
}
