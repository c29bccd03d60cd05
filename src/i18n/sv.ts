/**
 * Swedish words where Payload's own Swedish reads as translated English (merged over Payload's `sv` in
 * payload.config.ts). Labels are capitalised nouns of either gender (ett möte, en punkt), so phrases that put a label
 * after an adjective use a colon instead of "ny"/"nytt".
 */
export const svOverrides = {
  general: {
    // "Skapa ny Möte" / "Skapar ny Beslut": no adjective that fits both en- and ett-words.
    createNewLabel: 'Skapa: {{label}}',
    creatingNewLabel: 'Skapar: {{label}}',
    // Checkbox cells and boolean filters: "ja"/"nej" rather than "sann"/"falskt".
    true: 'Ja',
    false: 'Nej',
    // An empty cell shows a dash, not "<Ingen Importerad av>".
    noLabel: '–',
    // A document without a title yet (a new meeting before its date is saved).
    untitled: 'Utan rubrik',
    // Mid-sentence in "Sök efter Rubrik, Webbadress eller Plats" and "eller dra och släpp en fil".
    or: 'eller',
  },
}
