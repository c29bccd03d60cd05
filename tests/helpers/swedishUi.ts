/**
 * Finds English left in the admin's text: common English UI words as whole words, English-style dates
 * ("Nov 30, 2026", "mars 18, 2027") and 12-hour times ("1:00 em", "4:38 AM"). Swedish dates are 2027-03-18 or
 * "18 mars 2027"; times 13:00.
 */

/** Words of Payload's, React's and plugins' English UI. Swedish homographs (Filter, Version, Text, Person…) are left out. */
export const ENGLISH_UI_WORDS = [
  'Add',
  'Apply',
  'Back',
  'Cancel',
  'Choose',
  'Clear',
  'Close',
  'Columns',
  'Create',
  'Creating',
  'Delete',
  'Description',
  'Document',
  'Draft',
  'Edit',
  'Filters',
  'Footer',
  'Label',
  'Link',
  'Links',
  'Loading',
  'New',
  'Next',
  'No',
  'None',
  'Notifications',
  'Previous',
  'Published',
  'Remove',
  'Responsive',
  'Save',
  'Search',
  'Select',
  'Settings',
  'Show',
  'Time',
  'Title',
  'Untitled',
  'Upload',
  'Yes',
  'true',
  'false',
  'sann',
  'falskt',
  'Sann',
  'Falskt',
  'Namnlös',
  'January',
  'February',
  'March',
  'May',
  'June',
  'July',
  'October',
]

const WORD = new RegExp(`(?<![\\p{L}\\d_-])(${ENGLISH_UI_WORDS.join('|')})(?![\\p{L}\\d_-])`, 'gu')
const ENGLISH_DATE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}(?:, \d{4})?\b/g
const MONTH_FIRST_SWEDISH = /\b(?:jan|feb|mars|apr|maj|juni|juli|aug|sep|okt|nov|dec)[a-z.]* \d{1,2}, \d{4}\b/gi
const TWELVE_HOUR = /\b\d{1,2}:\d{2} ?(?:fm|em|AM|PM|am|pm)\b/g
/** An empty relationship or text cell as Payload words it by default: "<Ingen Importerad av>". */
const NO_VALUE = /<Ingen [^>]+>/g

export function englishIn(text: string): string[] {
  const found = [WORD, ENGLISH_DATE, MONTH_FIRST_SWEDISH, TWELVE_HOUR, NO_VALUE].flatMap((pattern) =>
    [...text.matchAll(pattern)].map((match) => match[0]),
  )
  return [...new Set(found)]
}

/** Each text line with what was found in it, for a readable failure. */
export function englishLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .flatMap((line) => {
      const found = englishIn(line)
      return found.length ? [`${found.join(', ')} ← "${line.slice(0, 100)}"`] : []
    })
}
