/**
 * Server components for the host's public pages. Apart from `rsc.ts` so that a public page never loads the admin's
 * templates and UI kit.
 */
export { PlanTable } from '../components/PlanTable'
export { TABLE_STYLES } from '../components/styles'
export { UpcomingThemes } from '../components/UpcomingThemes'
export { WheelSvg } from '../components/WheelSvg'
