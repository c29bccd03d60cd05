import { randomUUID } from 'node:crypto'

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { type MembershipGroup, type Side, membersOn } from '../domain/roster'
import { stockholmDate } from '../domain/time'
import { parseDocument } from '../import/parse'

/*
 * Record fidelity (issue 15): each meeting keeps its own list of those called (`meetings_called`), and says whether
 * its documents print item clock times (`has_printed_item_times`).
 *
 * `agenda_items.order` loses its fixed default 10 in the schema (a new item now goes last, see nextOrder), but the
 * table is deliberately not rebuilt: SQLite can only drop a default by copying the table, and dropping
 * `agenda_items` inside the migration's transaction (where `PRAGMA foreign_keys=OFF` is ignored) would set every
 * decision's and sub-item's reference to it to null. Payload always writes `order`, so the old default is never used.
 *
 * Existing meetings get their list and time flag from the documents they were imported from (the source text kept
 * on their import runs), parsed again here: names as written, not linked to the register (staff can link them).
 * An imported meeting without a stored source keeps an empty list, which shows no names rather than today's register.
 * A meeting that was never imported (built by staff) gets what a new one gets: the memberships valid on its day.
 */

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`meetings_called\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`person_id\` text(36),
  	\`party\` text,
  	\`side\` text,
  	\`group\` text,
  	\`role\` text,
  	\`is_substitute\` integer DEFAULT false,
  	\`role_title\` text,
  	\`organisation_name\` text,
  	\`organisation_id\` text(36),
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_called_order_idx\` ON \`meetings_called\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meetings_called_parent_id_idx\` ON \`meetings_called\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_called_person_idx\` ON \`meetings_called\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_called_organisation_idx\` ON \`meetings_called\` (\`organisation_id\`);`)
  await db.run(sql`CREATE TABLE \`_meetings_v_version_called\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`person_id\` text(36),
  	\`party\` text,
  	\`side\` text,
  	\`group\` text,
  	\`role\` text,
  	\`is_substitute\` integer DEFAULT false,
  	\`role_title\` text,
  	\`organisation_name\` text,
  	\`organisation_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_meetings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_called_order_idx\` ON \`_meetings_v_version_called\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_called_parent_id_idx\` ON \`_meetings_v_version_called\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_called_person_idx\` ON \`_meetings_v_version_called\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_called_organisation_idx\` ON \`_meetings_v_version_called\` (\`organisation_id\`);`)
  await db.run(sql`ALTER TABLE \`meetings\` ADD \`has_printed_item_times\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_meetings_v\` ADD \`version_has_printed_item_times\` integer DEFAULT false;`)
  await fillFromImportedDocuments({ db })
  await fillStaffMeetingsFromRegister({ db })
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`meetings_called\`;`)
  await db.run(sql`DROP TABLE \`_meetings_v_version_called\`;`)
  await db.run(sql`ALTER TABLE \`meetings\` DROP COLUMN \`has_printed_item_times\`;`)
  await db.run(sql`ALTER TABLE \`_meetings_v\` DROP COLUMN \`version_has_printed_item_times\`;`)
}

type Db = MigrateUpArgs['db']

async function fillFromImportedDocuments({ db }: { db: Db }): Promise<void> {
  const runs = (await db.all(
    sql`SELECT r.meetings_id AS meeting_id, i.source_text AS source_text, i.file_name AS file_name
        FROM import_runs i JOIN import_runs_rels r ON r.parent_id = i.id AND r.path = 'meetings'
        WHERE i.source_text IS NOT NULL ORDER BY i.imported_at`,
  )) as { meeting_id: string | null; source_text: string | null; file_name: string | null }[]
  // The latest document with a list wins, as a re-import would.
  const lists = new Map<string, ReturnType<typeof parseDocument>['meetings'][number]['roster']>()
  const printedTimes = new Set<string>()
  for (const run of runs) {
    if (!run.meeting_id || !run.source_text) continue
    const meeting = (await db.all(sql`SELECT starts_at FROM meetings WHERE id = ${run.meeting_id}`)) as { starts_at: string }[]
    if (!meeting[0]) continue
    let parsed: ReturnType<typeof parseDocument>['meetings']
    try {
      parsed = parseDocument(run.source_text, { fileName: run.file_name ?? undefined }).meetings
    } catch {
      continue
    }
    // A document may hold several meetings: take the one on this meeting's day (the stored instant is UTC, so
    // compare a day either side of it).
    const day = meeting[0].starts_at.slice(0, 10)
    const near = (date: string) => Math.abs(Date.parse(date) - Date.parse(day)) <= 86_400_000
    const match = parsed.find((candidate) => near(candidate.date))
    if (!match) continue
    if (match.roster.length) lists.set(run.meeting_id, match.roster)
    if (match.agendaItems.some((item) => item.start || item.end)) printedTimes.add(run.meeting_id)
  }
  for (const [meetingId, roster] of lists) {
    const existing = (await db.all(sql`SELECT count(*) AS n FROM meetings_called WHERE _parent_id = ${meetingId}`)) as { n: number }[]
    if (Number(existing[0]?.n) > 0) continue
    const rows = roster.flatMap((entry) =>
      entry.side && entry.group
        ? [{ name: entry.name, personId: null, party: entry.party, side: entry.side, group: entry.group, role: entry.role, title: entry.roleTitle, organisationName: entry.organisation, organisationId: null }]
        : [],
    )
    await insertCalled({ db, meetingId, rows })
  }
  for (const meetingId of printedTimes) {
    await db.run(sql`UPDATE meetings SET has_printed_item_times = 1 WHERE id = ${meetingId}`)
    await db.run(sql`UPDATE _meetings_v SET version_has_printed_item_times = 1 WHERE parent_id = ${meetingId} AND latest = 1`)
  }
}

type CalledInsert = { name: string; personId: string | null; party: string | null; side: string; group: string; role: string | null; title: string | null; organisationName: string | null; organisationId: string | null }

async function insertCalled({ db, meetingId, rows }: { db: Db; meetingId: string; rows: CalledInsert[] }): Promise<void> {
  const latest = (await db.all(sql`SELECT id FROM _meetings_v WHERE parent_id = ${meetingId} AND latest = 1`)) as { id: string }[]
  for (const [index, row] of rows.entries()) {
    const id = randomUUID()
    await db.run(sql`INSERT INTO meetings_called (_order, _parent_id, id, name, person_id, party, side, "group", role, is_substitute, role_title, organisation_name, organisation_id)
      VALUES (${index + 1}, ${meetingId}, ${id}, ${row.name}, ${row.personId}, ${row.party}, ${row.side}, ${row.group}, ${row.role}, 0, ${row.title}, ${row.organisationName}, ${row.organisationId})`)
    for (const version of latest) {
      await db.run(sql`INSERT INTO _meetings_v_version_called (_order, _parent_id, id, name, person_id, party, side, "group", role, is_substitute, role_title, organisation_name, organisation_id, _uuid)
        VALUES (${index + 1}, ${version.id}, ${randomUUID()}, ${row.name}, ${row.personId}, ${row.party}, ${row.side}, ${row.group}, ${row.role}, 0, ${row.title}, ${row.organisationName}, ${row.organisationId}, ${id})`)
    }
  }
}

/** Meetings no import ever touched: the list staff would have been given on create (see fillCalled). */
async function fillStaffMeetingsFromRegister({ db }: { db: Db }): Promise<void> {
  const meetings = (await db.all(
    sql`SELECT m.id AS id, m.body AS body, m.starts_at AS starts_at FROM meetings m
        WHERE NOT EXISTS (SELECT 1 FROM import_runs_rels r WHERE r.meetings_id = m.id)
          AND NOT EXISTS (SELECT 1 FROM meetings_called c WHERE c._parent_id = m.id)`,
  )) as { id: string; body: string | null; starts_at: string | null }[]
  if (meetings.length === 0) return
  const memberships = (await db.all(
    sql`SELECT ms.id AS id, ms.body AS body, ms.person_id AS person_id, p.name AS person_name, p.party AS party, ms.side AS side, ms."group" AS "group",
          ms.role AS role, ms.role_title AS role_title, ms.organisation_id AS organisation_id, o.name AS organisation_name,
          ms.start_date AS start_date, ms.end_date AS end_date, ms.sort_order AS sort_order
        FROM memberships ms JOIN people p ON p.id = ms.person_id LEFT JOIN organisations o ON o.id = ms.organisation_id
        WHERE ms.deleted_at IS NULL AND p.deleted_at IS NULL`,
  )) as {
    id: string; body: string | null; person_id: string; person_name: string; party: string | null; side: Side; group: MembershipGroup; role: string
    role_title: string | null; organisation_id: string | null; organisation_name: string | null; start_date: string | null; end_date: string | null; sort_order: number | null
  }[]
  for (const meeting of meetings) {
    if (!meeting.starts_at) continue
    const ofBody = memberships
      .filter((row) => (row.body || 'SRO') === (meeting.body || 'SRO'))
      .map((row) => ({ ...row, personName: row.person_name, roleTitle: row.role_title, organisationName: row.organisation_name, startDate: row.start_date, endDate: row.end_date, sortOrder: row.sort_order }))
    const rows = membersOn(ofBody, stockholmDate(meeting.starts_at)).map((member) => ({
      name: member.person_name,
      personId: member.person_id,
      party: member.party,
      side: member.side,
      group: member.group,
      role: member.role,
      title: member.role_title,
      organisationName: member.organisation_name,
      organisationId: member.organisation_id,
    }))
    await insertCalled({ db, meetingId: meeting.id, rows })
  }
}
