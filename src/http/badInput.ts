/**
 * Errors that are the request's fault, recognised by what the database adapter or parser says. The guard in
 * hardenedRest refuses most such input up front; this is the net for what it cannot know (for example a value whose
 * field lies behind a relationship), so that bad input answers 400 instead of 500.
 */
const PATTERNS: { pattern: RegExp; message: string }[] = [
  {
    pattern: /at most \d+ tables in a join|too many FROM clause terms/i,
    message: 'Frågan går genom för många relationer.',
  },
  {
    pattern: /cannot be passed as argument to the database|datatype mismatch|Invalid time value/i,
    message: 'Ett värde i frågan har fel typ.',
  },
  { pattern: /is not valid JSON|Unexpected end of JSON input/i, message: 'Anropet innehåller ogiltig JSON.' },
]

function messages(error: unknown): string[] {
  const found: string[] = []
  let current: unknown = error
  // Drizzle wraps the driver's error, which wraps SQLite's: follow the causes a few levels.
  for (let level = 0; level < 5 && current instanceof Error; level += 1) {
    found.push(current.message)
    current = current.cause
  }
  return found
}

/** The Swedish message for an error caused by bad input, or null when the error is the server's own. */
export function badInputMessage(error: unknown): string | null {
  const texts = messages(error)
  return PATTERNS.find(({ pattern }) => texts.some((text) => pattern.test(text)))?.message ?? null
}
