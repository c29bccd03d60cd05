import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`progress_notes\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`assignment_id\` text(36) NOT NULL,
  	\`date\` text NOT NULL,
  	\`text\` text NOT NULL,
  	\`author_id\` text(36),
  	\`meeting_id\` text(36),
  	\`agenda_item_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`assignment_id\`) REFERENCES \`assignments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meeting_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`agenda_item_id\`) REFERENCES \`agenda_items\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`progress_notes_assignment_idx\` ON \`progress_notes\` (\`assignment_id\`);`)
  await db.run(sql`CREATE INDEX \`progress_notes_date_idx\` ON \`progress_notes\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`progress_notes_author_idx\` ON \`progress_notes\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`progress_notes_meeting_idx\` ON \`progress_notes\` (\`meeting_id\`);`)
  await db.run(sql`CREATE INDEX \`progress_notes_agenda_item_idx\` ON \`progress_notes\` (\`agenda_item_id\`);`)
  await db.run(sql`CREATE INDEX \`progress_notes_updated_at_idx\` ON \`progress_notes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`progress_notes_created_at_idx\` ON \`progress_notes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`progress_notes_deleted_at_idx\` ON \`progress_notes\` (\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`DROP TABLE \`assignments_progress_notes\`;`)
  await db.run(sql`ALTER TABLE \`assignments\` ADD \`due_flagged\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`assignments\` ADD \`last_progress_count\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`assignments\` ADD \`last_progress_date\` text;`)
  await db.run(sql`ALTER TABLE \`assignments\` ADD \`last_progress_text\` text;`)
  await db.run(sql`ALTER TABLE \`assignments\` ADD \`responsible_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`assignments\` ADD \`overdue_notified_at\` text;`)
  await db.run(sql`ALTER TABLE \`assignments\` ADD \`report_back_item_id\` text(36) REFERENCES agenda_items(id);`)
  await db.run(sql`CREATE INDEX \`assignments_responsible_idx\` ON \`assignments\` (\`responsible_id\`);`)
  await db.run(sql`CREATE INDEX \`assignments_report_back_item_idx\` ON \`assignments\` (\`report_back_item_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`progress_notes_id\` text(36) REFERENCES progress_notes(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_progress_notes_id_idx\` ON \`payload_locked_documents_rels\` (\`progress_notes_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`assignments_progress_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`text\` text NOT NULL,
  	\`author_id\` text(36),
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`assignments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`assignments_progress_notes_order_idx\` ON \`assignments_progress_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`assignments_progress_notes_parent_id_idx\` ON \`assignments_progress_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`assignments_progress_notes_author_idx\` ON \`assignments_progress_notes\` (\`author_id\`);`)
  await db.run(sql`DROP TABLE \`progress_notes\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_assignments\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`decision_id\` text(36) NOT NULL,
  	\`meeting_id\` text(36),
  	\`agenda_item_id\` text(36),
  	\`assignee_text\` text,
  	\`due_kind\` text DEFAULT 'none' NOT NULL,
  	\`due_date\` text,
  	\`due_month\` text,
  	\`due_meeting_id\` text(36),
  	\`due_meeting_date\` text,
  	\`due_due_text\` text,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`reported_back_in_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`decision_id\`) REFERENCES \`decisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meeting_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`agenda_item_id\`) REFERENCES \`agenda_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`due_meeting_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reported_back_in_id\`) REFERENCES \`agenda_items\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_assignments\`("id", "title", "description", "decision_id", "meeting_id", "agenda_item_id", "assignee_text", "due_kind", "due_date", "due_month", "due_meeting_id", "due_meeting_date", "due_due_text", "status", "reported_back_in_id", "updated_at", "created_at", "deleted_at") SELECT "id", "title", "description", "decision_id", "meeting_id", "agenda_item_id", "assignee_text", "due_kind", "due_date", "due_month", "due_meeting_id", "due_meeting_date", "due_due_text", "status", "reported_back_in_id", "updated_at", "created_at", "deleted_at" FROM \`assignments\`;`)
  await db.run(sql`DROP TABLE \`assignments\`;`)
  await db.run(sql`ALTER TABLE \`__new_assignments\` RENAME TO \`assignments\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`assignments_decision_idx\` ON \`assignments\` (\`decision_id\`);`)
  await db.run(sql`CREATE INDEX \`assignments_meeting_idx\` ON \`assignments\` (\`meeting_id\`);`)
  await db.run(sql`CREATE INDEX \`assignments_agenda_item_idx\` ON \`assignments\` (\`agenda_item_id\`);`)
  await db.run(sql`CREATE INDEX \`assignments_due_due_meeting_idx\` ON \`assignments\` (\`due_meeting_id\`);`)
  await db.run(sql`CREATE INDEX \`assignments_reported_back_in_idx\` ON \`assignments\` (\`reported_back_in_id\`);`)
  await db.run(sql`CREATE INDEX \`assignments_updated_at_idx\` ON \`assignments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`assignments_created_at_idx\` ON \`assignments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`assignments_deleted_at_idx\` ON \`assignments\` (\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`meetings_id\` text(36),
  	\`agenda_items_id\` text(36),
  	\`decisions_id\` text(36),
  	\`assignments_id\` text(36),
  	\`cases_id\` text(36),
  	\`attachments_id\` text(36),
  	\`organisations_id\` text(36),
  	\`people_id\` text(36),
  	\`memberships_id\` text(36),
  	\`pages_id\` text(36),
  	\`users_id\` text(36),
  	\`plan_themes_id\` text(36),
  	\`plan_items_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`meetings_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agenda_items_id\`) REFERENCES \`agenda_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`decisions_id\`) REFERENCES \`decisions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assignments_id\`) REFERENCES \`assignments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cases_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`memberships_id\`) REFERENCES \`memberships\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`plan_themes_id\`) REFERENCES \`plan_themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`plan_items_id\`) REFERENCES \`plan_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "meetings_id", "agenda_items_id", "decisions_id", "assignments_id", "cases_id", "attachments_id", "organisations_id", "people_id", "memberships_id", "pages_id", "users_id", "plan_themes_id", "plan_items_id") SELECT "id", "order", "parent_id", "path", "meetings_id", "agenda_items_id", "decisions_id", "assignments_id", "cases_id", "attachments_id", "organisations_id", "people_id", "memberships_id", "pages_id", "users_id", "plan_themes_id", "plan_items_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meetings_id_idx\` ON \`payload_locked_documents_rels\` (\`meetings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agenda_items_id_idx\` ON \`payload_locked_documents_rels\` (\`agenda_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_decisions_id_idx\` ON \`payload_locked_documents_rels\` (\`decisions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_assignments_id_idx\` ON \`payload_locked_documents_rels\` (\`assignments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cases_id_idx\` ON \`payload_locked_documents_rels\` (\`cases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_people_id_idx\` ON \`payload_locked_documents_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_memberships_id_idx\` ON \`payload_locked_documents_rels\` (\`memberships_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plan_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`plan_themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plan_items_id_idx\` ON \`payload_locked_documents_rels\` (\`plan_items_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
