/** The plugin's options, checked with zod when the config is built: a bad option stops start-up with a clear message. */
import { z } from 'zod'

const slug = z.string().regex(/^[a-z][a-z0-9-]*$/, 'ska vara en samlings-slug, t.ex. "meetings"')

export const ArshjulOptionsSchema = z
  .object({
    /** The collections the plugin plans onto. */
    collections: z
      .object({
        meetings: slug.default('meetings'),
        agendaItems: slug.default('agenda-items'),
        organisations: slug.default('organisations'),
        people: slug.default('people'),
        cases: slug.default('cases'),
      })
      .strict()
      // prefault: an absent object is parsed as {}, so the inner defaults apply (zod 4's default would not).
      .prefault({}),
    /** The rows of a new årshjul, in order: created by `ensureThemes` (the seed) when missing. */
    themes: z
      .array(z.object({ name: z.string().min(1), colour: z.string().regex(/^#[0-9a-f]{6}$/i, 'ska vara en färg som #1f5f8b') }).strict())
      .default([]),
    /** Roles (in the user's `roles` field) that may edit themes and plan items, promote and create meeting calendars. */
    editRoles: z.array(z.string().min(1)).min(1, 'minst en roll behövs').default(['admin', 'beredning', 'sekreterare']),
    /** Roles that may delete themes and plan items for good (the others strike a plan item instead). */
    deleteRoles: z.array(z.string().min(1)).min(1, 'minst en roll behövs').default(['admin']),
    /** Whether the public site shows the årshjul (/arshjul, the "Kommande" block, /arshjul.ics). */
    publicPage: z.boolean().default(true),
    /** Admin group label for the plugin's collections. */
    adminGroup: z.string().default('Möten'),
    /** Run after every change to a theme or plan item: the site uses it to rebuild cached pages. */
    afterChange: z.array(z.custom<(args: never) => unknown>((value) => typeof value === 'function', 'ska vara en lista med funktioner')).default([]),
  })
  .strict()

export type ArshjulOptionsInput = z.input<typeof ArshjulOptionsSchema>
export type ArshjulOptions = z.output<typeof ArshjulOptionsSchema>

export function parseArshjulOptions(input: unknown): ArshjulOptions {
  const result = ArshjulOptionsSchema.safeParse(input ?? {})
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(inställningarna)'}: ${issue.message}`).join('; ')
    throw new Error(`arshjulPlugin: ogiltiga inställningar – ${problems}`)
  }
  return result.data
}

/** Whether the site shows the årshjul (/arshjul, /arshjul.ics, "Kommande"): the plugin is installed and `publicPage` is on. */
export function isPublicArshjul(options: ArshjulOptions | undefined | null): options is ArshjulOptions {
  return options?.publicPage === true
}
