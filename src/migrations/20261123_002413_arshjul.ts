import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`plan_themes\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`order\` numeric DEFAULT 10 NOT NULL,
  	\`colour\` text DEFAULT '#1f5f8b' NOT NULL,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`plan_themes_name_idx\` ON \`plan_themes\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`plan_themes_updated_at_idx\` ON \`plan_themes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`plan_themes_created_at_idx\` ON \`plan_themes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`plan_items_handling\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`plan_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`plan_items_handling_order_idx\` ON \`plan_items_handling\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_handling_parent_idx\` ON \`plan_items_handling\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`plan_items\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`theme_id\` text(36),
  	\`status\` text DEFAULT 'planerad' NOT NULL,
  	\`meeting_id\` text(36),
  	\`period\` text,
  	\`duration_minutes\` numeric,
  	\`responsible_organisation_id\` text(36),
  	\`case_id\` text(36),
  	\`notes\` text,
  	\`agenda_item_id\` text(36),
  	\`needs_attention\` integer DEFAULT false,
  	\`attention_note\` text,
  	\`meeting_published\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`theme_id\`) REFERENCES \`plan_themes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meeting_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`responsible_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`case_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`agenda_item_id\`) REFERENCES \`agenda_items\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`plan_items_year_idx\` ON \`plan_items\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_theme_idx\` ON \`plan_items\` (\`theme_id\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_status_idx\` ON \`plan_items\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_meeting_idx\` ON \`plan_items\` (\`meeting_id\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_responsible_organisation_idx\` ON \`plan_items\` (\`responsible_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_case_idx\` ON \`plan_items\` (\`case_id\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_agenda_item_idx\` ON \`plan_items\` (\`agenda_item_id\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_meeting_published_idx\` ON \`plan_items\` (\`meeting_published\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_updated_at_idx\` ON \`plan_items\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_created_at_idx\` ON \`plan_items\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`plan_items_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`people_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`plan_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`plan_items_rels_order_idx\` ON \`plan_items_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_rels_parent_idx\` ON \`plan_items_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_rels_path_idx\` ON \`plan_items_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_rels_people_id_idx\` ON \`plan_items_rels\` (\`people_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`plan_themes_id\` text(36) REFERENCES plan_themes(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`plan_items_id\` text(36) REFERENCES plan_items(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plan_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`plan_themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plan_items_id_idx\` ON \`payload_locked_documents_rels\` (\`plan_items_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`plan_themes\`;`)
  await db.run(sql`DROP TABLE \`plan_items_handling\`;`)
  await db.run(sql`DROP TABLE \`plan_items\`;`)
  await db.run(sql`DROP TABLE \`plan_items_rels\`;`)
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
  	\`cases_id\` text(36),
  	\`attachments_id\` text(36),
  	\`organisations_id\` text(36),
  	\`people_id\` text(36),
  	\`memberships_id\` text(36),
  	\`pages_id\` text(36),
  	\`users_id\` text(36),
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
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "meetings_id", "agenda_items_id", "decisions_id", "assignments_id", "cases_id", "attachments_id", "organisations_id", "people_id", "memberships_id", "pages_id", "users_id") SELECT "id", "order", "parent_id", "path", "meetings_id", "agenda_items_id", "decisions_id", "assignments_id", "cases_id", "attachments_id", "organisations_id", "people_id", "memberships_id", "pages_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cases_id_idx\` ON \`payload_locked_documents_rels\` (\`cases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_people_id_idx\` ON \`payload_locked_documents_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_memberships_id_idx\` ON \`payload_locked_documents_rels\` (\`memberships_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
