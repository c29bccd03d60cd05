/**
 * arshjulPlugin: SRO's årshjul as a self-contained Payload plugin. Adds themes and plan items, keeps plan items in
 * step with their meetings (public flag; moved or cancelled meetings flag their items), a promote endpoint that turns
 * a plan item into a draft agenda item, a one-step meeting calendar, and the admin view "Årshjul".
 * The public pieces (table, wheel, "Kommande" block, loaders) are exported for the site to place.
 */
import type { CollectionConfig, Config } from 'payload'

import { calendarEndpoint } from './calendar'
import { planItemsCollection } from './collections/planItems'
import { themesCollection } from './collections/themes'
import { meetingChanges } from './hooks/meetingChanges'
import { type ArshjulOptionsInput, parseArshjulOptions } from './options'

export { PLAN_ITEMS_SLUG } from './collections/planItems'
export { THEMES_SLUG } from './collections/themes'
export type { ArshjulOptions, ArshjulOptionsInput } from './options'
export { findProposal, hasArshjul, proposePlanItem } from './proposals'
export type { PlanProposal, ProposalResult } from './proposals'

export const arshjulPlugin =
  (input?: ArshjulOptionsInput) =>
  (config: Config): Config => {
    const options = parseArshjulOptions(input)
    const collections = config.collections ?? []
    if (!collections.some((collection) => collection.slug === options.collections.meetings)) {
      throw new Error(`arshjulPlugin: samlingen "${options.collections.meetings}" (collections.meetings) finns inte i konfigurationen.`)
    }
    const withMeetingHooks = (collection: CollectionConfig): CollectionConfig =>
      collection.slug !== options.collections.meetings
        ? collection
        : { ...collection, hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), meetingChanges(options)] } }
    const planItems = planItemsCollection(options)
    return {
      ...config,
      custom: { ...config.custom, arshjul: options },
      collections: [...collections.map(withMeetingHooks), themesCollection(options), { ...planItems, endpoints: [...(planItems.endpoints || []), calendarEndpoint(options)] }],
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), '/plugins/arshjul/components/NavLink#ArshjulNavLink'],
          views: {
            ...config.admin?.components?.views,
            arshjul: { Component: '/plugins/arshjul/components/AdminView#ArshjulAdminView', path: '/arshjul' },
          },
        },
      },
    }
  }
