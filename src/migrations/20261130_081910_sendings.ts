import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`sendings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`meeting_id\` text(36),
  	\`kind\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`sent_at\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`person_id\` text(36),
  	\`email\` text NOT NULL,
  	\`subject\` text,
  	\`attachment_name\` text,
  	\`error\` text,
  	\`sent_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`meeting_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`sent_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sendings_meeting_idx\` ON \`sendings\` (\`meeting_id\`);`)
  await db.run(sql`CREATE INDEX \`sendings_sent_at_idx\` ON \`sendings\` (\`sent_at\`);`)
  await db.run(sql`CREATE INDEX \`sendings_person_idx\` ON \`sendings\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`sendings_sent_by_idx\` ON \`sendings\` (\`sent_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sendings_updated_at_idx\` ON \`sendings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sendings_created_at_idx\` ON \`sendings\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sendings_id\` text(36) REFERENCES sendings(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sendings_id_idx\` ON \`payload_locked_documents_rels\` (\`sendings_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`sendings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`meetings_id\` text(36),
  	\`agenda_items_id\` text(36),
  	\`decisions_id\` text(36),
  	\`assignments_id\` text(36),
  	\`progress_notes_id\` text(36),
  	\`cases_id\` text(36),
  	\`attachments_id\` text(36),
  	\`organisations_id\` text(36),
  	\`people_id\` text(36),
  	\`memberships_id\` text(36),
  	\`pages_id\` text(36),
  	\`import_runs_id\` text(36),
  	\`users_id\` text(36),
  	\`plan_themes_id\` text(36),
  	\`plan_items_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`meetings_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agenda_items_id\`) REFERENCES \`agenda_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`decisions_id\`) REFERENCES \`decisions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assignments_id\`) REFERENCES \`assignments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`progress_notes_id\`) REFERENCES \`progress_notes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cases_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`memberships_id\`) REFERENCES \`memberships\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`import_runs_id\`) REFERENCES \`import_runs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`plan_themes_id\`) REFERENCES \`plan_themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`plan_items_id\`) REFERENCES \`plan_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "meetings_id", "agenda_items_id", "decisions_id", "assignments_id", "progress_notes_id", "cases_id", "attachments_id", "organisations_id", "people_id", "memberships_id", "pages_id", "import_runs_id", "users_id", "plan_themes_id", "plan_items_id") SELECT "id", "order", "parent_id", "path", "meetings_id", "agenda_items_id", "decisions_id", "assignments_id", "progress_notes_id", "cases_id", "attachments_id", "organisations_id", "people_id", "memberships_id", "pages_id", "import_runs_id", "users_id", "plan_themes_id", "plan_items_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meetings_id_idx\` ON \`payload_locked_documents_rels\` (\`meetings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agenda_items_id_idx\` ON \`payload_locked_documents_rels\` (\`agenda_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_decisions_id_idx\` ON \`payload_locked_documents_rels\` (\`decisions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_assignments_id_idx\` ON \`payload_locked_documents_rels\` (\`assignments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_progress_notes_id_idx\` ON \`payload_locked_documents_rels\` (\`progress_notes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cases_id_idx\` ON \`payload_locked_documents_rels\` (\`cases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_people_id_idx\` ON \`payload_locked_documents_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_memberships_id_idx\` ON \`payload_locked_documents_rels\` (\`memberships_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_import_runs_id_idx\` ON \`payload_locked_documents_rels\` (\`import_runs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plan_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`plan_themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plan_items_id_idx\` ON \`payload_locked_documents_rels\` (\`plan_items_id\`);`)
}
