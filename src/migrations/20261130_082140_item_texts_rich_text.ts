import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { storedRichTextJsonToText, storedTextToRichTextJson } from '../richtext/stored'

/*
 * Structure kept (issue 15): an agenda item's description, proposal, position taken and notes become Lexical rich
 * text. Both textarea and richText are TEXT columns in SQLite, so no table changes (the snapshot is the previous
 * one: the diff of this moment also held another engineer's unfinished settings fields, which are not this
 * migration's). Only the stored values change: plain text becomes an editor state through plainTextToRichText
 * (blank line = paragraph, "- " lines = bullet list, "1. " lines = numbered list), in the items and in every
 * version of them (drafts and history are read from `_agenda_items_v`). Down flattens them back to plain text.
 */

const COLUMNS = ['proposed_position', 'description', 'position_taken', 'notes'] as const

type Convert = (value: string | null) => string | null

async function convertTable(db: MigrateUpArgs['db'], table: string, prefix: string, convert: Convert) {
  const columns = COLUMNS.map((column) => `${prefix}${column}`)
  const rows = (await db.all(
    sql`SELECT ${sql.raw(['id', ...columns].map((c) => `\`${c}\``).join(', '))} FROM ${sql.raw(`\`${table}\``)}
        WHERE ${sql.raw(columns.map((c) => `\`${c}\` IS NOT NULL`).join(' OR '))}`,
  )) as Record<string, string | null>[]
  for (const row of rows) {
    const changes = columns.flatMap((column) => {
      const value = row[column] ?? null
      const next = convert(value)
      return next === value ? [] : [sql`${sql.raw(`\`${column}\``)} = ${next}`]
    })
    if (!changes.length) continue
    await db.run(sql`UPDATE ${sql.raw(`\`${table}\``)} SET ${sql.join(changes, sql`, `)} WHERE id = ${row.id}`)
  }
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await convertTable(db, 'agenda_items', '', storedTextToRichTextJson)
  await convertTable(db, '_agenda_items_v', 'version_', storedTextToRichTextJson)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await convertTable(db, 'agenda_items', '', storedRichTextJsonToText)
  await convertTable(db, '_agenda_items_v', 'version_', storedRichTextJsonToText)
}
