/**
 * arshjulPlugin: an årshjul (annual plan) as a Payload plugin, `(options) => (config) => config`. Adds themes and plan
 * items, keeps plan items in step with the host's meetings (public flag; moved or cancelled meetings flag their
 * items), a promote endpoint that turns a plan item into a draft agenda item, a one-step meeting calendar, and the
 * admin view "Årshjul". The host names its collections and fields in the options; the public pieces (table, wheel,
 * "Kommande" block, loaders) are exported from `exports/` for the site to place.
 */
import type { CollectionConfig, Config, Endpoint } from 'payload'

import { calendarEndpoint } from './calendar'
import { planItemsCollection } from './collections/planItems'
import { themesCollection } from './collections/themes'
import { meetingChanges } from './hooks/meetingChanges'
import { resolveHostSlugs } from './host'
import { type ArshjulOptionsInput, parseArshjulOptions } from './options'
import { promoteEndpoint } from './promote'

export { arshjulOptionsOf } from './data'
export type { ArshjulOptions, ArshjulOptionsInput } from './options'

/** Where the admin finds the plugin's components: path strings into `exports/`, as Payload's import map wants them. */
const COMPONENTS = {
  navLink: '/plugins/arshjul/exports/rsc#ArshjulNavLink',
  adminView: '/plugins/arshjul/exports/rsc#ArshjulAdminView',
}

export const arshjulPlugin =
  (input: ArshjulOptionsInput) =>
  (config: Config): Config => {
    const options = parseArshjulOptions(input)
    const hosts = resolveHostSlugs({ config, options })
    // Appended to the host's own hooks, never replacing them.
    const withMeetingHooks = (collection: CollectionConfig): CollectionConfig =>
      collection.slug !== hosts.meetings
        ? collection
        : {
            ...collection,
            hooks: {
              ...collection.hooks,
              afterChange: [...(collection.hooks?.afterChange ?? []), meetingChanges(options)],
            },
          }
    const planItems = planItemsCollection({ options, hosts })
    const calendar = options.meetings.calendar
    const endpoints: Endpoint[] = [
      ...(planItems.endpoints || []),
      ...(hosts.agendaItems ? [promoteEndpoint(options)] : []),
      ...(calendar ? [calendarEndpoint({ options, calendar })] : []),
    ]
    return {
      ...config,
      custom: { ...config.custom, arshjul: options },
      collections: [
        ...(config.collections ?? []).map(withMeetingHooks),
        themesCollection(options),
        { ...planItems, endpoints },
      ],
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), COMPONENTS.navLink],
          views: {
            ...config.admin?.components?.views,
            arshjul: { Component: COMPONENTS.adminView, path: '/arshjul' },
          },
        },
      },
    }
  }
