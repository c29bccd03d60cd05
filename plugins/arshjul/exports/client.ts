'use client'
/** Client components: the promote and move actions of the admin's årshjul. */
export { PlanItemActions } from '../components/PlanItemActions'
