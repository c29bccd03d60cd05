/**
 * Time in one place: dates and the Stockholm zone (`zone`), wall-clock "HH:MM" (`clock`), durations (`duration`),
 * printed forms (`format`) and the meeting time plan in both directions (`timePlan`).
 */
export * from './clock'
export * from './duration'
export * from './format'
export * from './meetingEnd'
export * from './shownTime'
export * from './timePlan'
export * from './zone'
