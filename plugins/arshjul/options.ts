/**
 * The plugin's options, checked with zod when the config is built: a bad option stops start-up with a clear message.
 * Everything the plugin knows about the host — its meeting and agenda collections, their field names and values —
 * comes from here; the plugin itself names none of them.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { z } from 'zod'

const slug = z.string().regex(/^[a-z][a-z0-9-]*$/, 'ska vara en samlings-slug, t.ex. "meetings"')
const field = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'ska vara ett fältnamn, t.ex. "startsAt"')
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'ska vara en tid som 13:00')
const isFunction = (value: unknown) => typeof value === 'function'

const calendarKind = z
  .object({
    /** The value of `meetings.fields.kind` the calendar writes. */
    value: z.string().min(1),
    /** How the calendar's answer names such a meeting, e.g. "SRO" → "SRO 2027-03-18". */
    label: z.string().min(1),
    start: clock,
    end: clock,
  })
  .strict()

const meetingsOptions = z
  .object({
    slug,
    /** The host's field names: only `startsAt` is required; a field left out is simply not read. */
    fields: z
      .object({
        startsAt: field,
        endsAt: field.optional(),
        title: field.optional(),
        /** The meeting's URL part, for `publicPath`. */
        slug: field.optional(),
        kind: field.optional(),
        status: field.optional(),
        location: field.optional(),
      })
      .strict(),
    /** The value of `fields.status` that means the meeting is cancelled. */
    cancelledStatus: z.string().min(1).optional(),
    /** Shown after the date for meetings of a kind, e.g. `{ presidieavstamning: 'presidieavstämning' }`. */
    kindNotes: z.record(z.string(), z.string()).default({}),
    /** The public page of a meeting, e.g. "/moten/{slug}" ({id} and {slug} are filled in); none: no link. */
    publicPath: z.string().startsWith('/', 'ska börja med /').optional(),
    /**
     * The one-step meeting calendar (`POST /api/plan-items/meeting-calendar`): the kinds its lists create and the
     * other fields a created meeting gets. Without it the endpoint is not added.
     */
    calendar: z
      .object({
        sro: calendarKind,
        presidium: calendarKind,
        data: z.record(z.string(), z.unknown()).default({}),
      })
      .strict()
      .optional(),
  })
  .strict()

const agendaItemsOptions = z
  .object({
    slug,
    /** Where a promoted plan item's values go; `meeting` and `title` are required, the others optional. */
    fields: z
      .object({
        meeting: field,
        title: field,
        /** Promoted items go last among the top-level items (those without a parent). */
        parent: field.optional(),
        number: field.optional(),
        order: field.optional(),
        handling: field.optional(),
        durationMinutes: field.optional(),
        presenters: field.optional(),
        case: field.optional(),
      })
      .strict(),
    /** Other fields every promoted agenda item gets, e.g. `{ isPublic: true }`. */
    data: z.record(z.string(), z.unknown()).default({}),
  })
  .strict()

export const ArshjulOptionsSchema = z
  .object({
    /** The host's meeting collection: the plan's columns. */
    meetings: meetingsOptions,
    /** The host's agenda collection: "Lägg på dagordningen" promotes plan items into it. Without it: no promote. */
    agendaItems: agendaItemsOptions.optional(),
    /** Collections a plan item may point to (responsible organisation and people, case); each one left out: no field. */
    relations: z
      .object({ organisations: slug.optional(), people: slug.optional(), cases: slug.optional() })
      .strict()
      .default({}),
    /** The time zone the meetings are held in: a meeting's day and year are read in it. */
    timeZone: z
      .string()
      .refine((zone) => {
        try {
          new Intl.DateTimeFormat('sv-SE', { timeZone: zone })
          return true
        } catch {
          return false
        }
      }, 'ska vara en tidszon, t.ex. "Europe/Stockholm"')
      .default('UTC'),
    /** The rows of a new årshjul, in order: created by the host's seed when missing. */
    themes: z
      .array(
        z
          .object({
            name: z.string().min(1),
            colour: z.string().regex(/^#[0-9a-f]{6}$/i, 'ska vara en färg som #1f5f8b'),
          })
          .strict(),
      )
      .default([]),
    /** Roles (in the user's `roles` field) that may edit themes and plan items, promote and create meeting calendars. */
    editRoles: z.array(z.string().min(1)).min(1, 'minst en roll behövs').default(['admin']),
    /** Roles that may delete themes and plan items for good (the others strike a plan item instead). */
    deleteRoles: z.array(z.string().min(1)).min(1, 'minst en roll behövs').default(['admin']),
    /** Whether the public site shows the årshjul (/arshjul, the "Kommande" block, /arshjul.ics). */
    publicPage: z.boolean().default(true),
    /** Admin group label for the plugin's collections. */
    adminGroup: z.union([z.string(), z.record(z.string(), z.string())]).optional(),
    /** Appended to the plan items' and themes' own hooks, e.g. to rebuild cached pages. */
    afterChange: z
      .array(z.custom<CollectionAfterChangeHook>(isFunction, 'ska vara en lista med funktioner'))
      .default([]),
    afterDelete: z
      .array(z.custom<CollectionAfterDeleteHook>(isFunction, 'ska vara en lista med funktioner'))
      .default([]),
  })
  .strict()

export type ArshjulOptionsInput = z.input<typeof ArshjulOptionsSchema>
export type ArshjulOptions = z.output<typeof ArshjulOptionsSchema>
export type MeetingsOptions = ArshjulOptions['meetings']
export type AgendaItemsOptions = NonNullable<ArshjulOptions['agendaItems']>

export function parseArshjulOptions(input: unknown): ArshjulOptions {
  const result = ArshjulOptionsSchema.safeParse(input ?? {})
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `${issue.path.join('.') || '(inställningarna)'}: ${issue.message}`)
      .join('; ')
    throw new Error(`arshjulPlugin: ogiltiga inställningar – ${problems}`)
  }
  return result.data
}

/** Whether the site shows the årshjul (/arshjul, /arshjul.ics, "Kommande"): the plugin is installed and `publicPage` is on. */
export function isPublicArshjul(options: ArshjulOptions | undefined | null): options is ArshjulOptions {
  return options?.publicPage === true
}
