/**
 * The host's collections, named by the options. The plugin cannot know their generated types, so it checks a slug
 * against the running Payload and reads documents field by field, by the names the options give.
 */
import type { CollectionSlug, Config, Payload } from 'payload'

import type { ArshjulOptions } from './options'

/** Whether `slug` is a collection of this Payload: after the check the Local API takes it like any typed slug. */
export const isCollectionSlug = (payload: Payload, slug: string): slug is CollectionSlug =>
  Object.hasOwn(payload.collections, slug)

/** A collection the options name; the plugin checked at start-up that the config has it. */
export function hostCollection(payload: Payload, slug: string): CollectionSlug {
  if (!isCollectionSlug(payload, slug)) throw new Error(`arshjulPlugin: samlingen "${slug}" finns inte.`)
  return slug
}

/** Whether the collection keeps drafts (then only its published documents are public). */
export const hasDrafts = (payload: Payload, slug: CollectionSlug): boolean =>
  Boolean(payload.collections[slug]?.config.versions?.drafts)

/** Whether a date field stores its time zone beside it (`<name>_tz`), as Payload does for `timezone: true`. */
export function hasTimezone(payload: Payload, slug: CollectionSlug, name: string): boolean {
  const found = payload.collections[slug]?.config.flattenedFields.find((candidate) => candidate.name === name)
  return Boolean(found && found.type === 'date' && found.timezone)
}

/** A field's value by name, or undefined without a name or a document. */
export function fieldOf(doc: object | null | undefined, name: string | undefined): unknown {
  return doc && name ? Reflect.get(doc, name) : undefined
}

export const textOf = (value: unknown): string | null => (typeof value === 'string' ? value : null)

/** A relationship's id whether it is populated or not. */
export function idOf(value: unknown): string | null {
  if (value && typeof value === 'object') return idOf(Reflect.get(value, 'id'))
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null
}

/** The host collections the options name, checked against the config the plugin is added to. */
export type HostSlugs = {
  meetings: CollectionSlug
  agendaItems?: CollectionSlug
  organisations?: CollectionSlug
  people?: CollectionSlug
  cases?: CollectionSlug
}

export function resolveHostSlugs({ config, options }: { config: Config; options: ArshjulOptions }): HostSlugs {
  const configured = (config.collections ?? []).map((collection) => collection.slug)
  const check = (slug: string | undefined, option: string): CollectionSlug | undefined => {
    if (slug === undefined) return undefined
    const found = configured.find((candidate): candidate is CollectionSlug => candidate === slug)
    if (!found) throw new Error(`arshjulPlugin: samlingen "${slug}" (${option}) finns inte i konfigurationen.`)
    return found
  }
  return {
    meetings: check(options.meetings.slug, 'meetings.slug')!,
    agendaItems: check(options.agendaItems?.slug, 'agendaItems.slug'),
    organisations: check(options.relations.organisations, 'relations.organisations'),
    people: check(options.relations.people, 'relations.people'),
    cases: check(options.relations.cases, 'relations.cases'),
  }
}
