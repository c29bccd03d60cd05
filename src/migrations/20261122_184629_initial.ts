import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`meetings_invited_guests\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`person_id\` text(36),
  	\`name\` text,
  	\`organisation_id\` text(36),
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_invited_guests_order_idx\` ON \`meetings_invited_guests\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meetings_invited_guests_parent_id_idx\` ON \`meetings_invited_guests\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_invited_guests_person_idx\` ON \`meetings_invited_guests\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_invited_guests_organisation_idx\` ON \`meetings_invited_guests\` (\`organisation_id\`);`)
  await db.run(sql`CREATE TABLE \`meetings_signatories\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`person_id\` text(36),
  	\`role\` text,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_signatories_order_idx\` ON \`meetings_signatories\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meetings_signatories_parent_id_idx\` ON \`meetings_signatories\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_signatories_person_idx\` ON \`meetings_signatories\` (\`person_id\`);`)
  await db.run(sql`CREATE TABLE \`meetings_attendance\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`person_id\` text(36),
  	\`status\` text DEFAULT 'absent',
  	\`substitute_id\` text(36),
  	\`note\` text,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`substitute_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_attendance_order_idx\` ON \`meetings_attendance\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meetings_attendance_parent_id_idx\` ON \`meetings_attendance\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_attendance_person_idx\` ON \`meetings_attendance\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_attendance_substitute_idx\` ON \`meetings_attendance\` (\`substitute_id\`);`)
  await db.run(sql`CREATE TABLE \`meetings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`body\` text DEFAULT 'SRO',
  	\`kind\` text DEFAULT 'ordinarie',
  	\`state\` text DEFAULT 'planned',
  	\`starts_at\` text,
  	\`startsat_tz\` text DEFAULT 'Europe/Stockholm',
  	\`ends_at\` text,
  	\`endsat_tz\` text DEFAULT 'Europe/Stockholm',
  	\`location\` text,
  	\`form\` text DEFAULT 'pa_plats',
  	\`cancellation_note\` text,
  	\`notice_notes\` text,
  	\`minutes_notes\` text,
  	\`approval_approved_at_meeting_id\` text(36),
  	\`approval_approved_on\` text,
  	\`publication_is_notice_published\` integer DEFAULT false,
  	\`publication_notice_published_at\` text,
  	\`publication_is_minutes_published\` integer DEFAULT false,
  	\`publication_minutes_published_at\` text,
  	\`source_document_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`approval_approved_at_meeting_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_document_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`meetings_slug_idx\` ON \`meetings\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`meetings_starts_at_idx\` ON \`meetings\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`meetings_approval_approval_approved_at_meeting_idx\` ON \`meetings\` (\`approval_approved_at_meeting_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_source_document_idx\` ON \`meetings\` (\`source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_updated_at_idx\` ON \`meetings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`meetings_created_at_idx\` ON \`meetings\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`meetings_deleted_at_idx\` ON \`meetings\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`meetings__status_idx\` ON \`meetings\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_meetings_v_version_invited_guests\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`person_id\` text(36),
  	\`name\` text,
  	\`organisation_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_meetings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_invited_guests_order_idx\` ON \`_meetings_v_version_invited_guests\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_invited_guests_parent_id_idx\` ON \`_meetings_v_version_invited_guests\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_invited_guests_person_idx\` ON \`_meetings_v_version_invited_guests\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_invited_guests_organisation_idx\` ON \`_meetings_v_version_invited_guests\` (\`organisation_id\`);`)
  await db.run(sql`CREATE TABLE \`_meetings_v_version_signatories\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`person_id\` text(36),
  	\`role\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_meetings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_signatories_order_idx\` ON \`_meetings_v_version_signatories\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_signatories_parent_id_idx\` ON \`_meetings_v_version_signatories\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_signatories_person_idx\` ON \`_meetings_v_version_signatories\` (\`person_id\`);`)
  await db.run(sql`CREATE TABLE \`_meetings_v_version_attendance\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`person_id\` text(36),
  	\`status\` text DEFAULT 'absent',
  	\`substitute_id\` text(36),
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`substitute_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_meetings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_attendance_order_idx\` ON \`_meetings_v_version_attendance\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_attendance_parent_id_idx\` ON \`_meetings_v_version_attendance\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_attendance_person_idx\` ON \`_meetings_v_version_attendance\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_attendance_substitute_idx\` ON \`_meetings_v_version_attendance\` (\`substitute_id\`);`)
  await db.run(sql`CREATE TABLE \`_meetings_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_body\` text DEFAULT 'SRO',
  	\`version_kind\` text DEFAULT 'ordinarie',
  	\`version_state\` text DEFAULT 'planned',
  	\`version_starts_at\` text,
  	\`version_startsat_tz\` text DEFAULT 'Europe/Stockholm',
  	\`version_ends_at\` text,
  	\`version_endsat_tz\` text DEFAULT 'Europe/Stockholm',
  	\`version_location\` text,
  	\`version_form\` text DEFAULT 'pa_plats',
  	\`version_cancellation_note\` text,
  	\`version_notice_notes\` text,
  	\`version_minutes_notes\` text,
  	\`version_approval_approved_at_meeting_id\` text(36),
  	\`version_approval_approved_on\` text,
  	\`version_publication_is_notice_published\` integer DEFAULT false,
  	\`version_publication_notice_published_at\` text,
  	\`version_publication_is_minutes_published\` integer DEFAULT false,
  	\`version_publication_minutes_published_at\` text,
  	\`version_source_document_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approval_approved_at_meeting_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_document_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_meetings_v_parent_idx\` ON \`_meetings_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_version_slug_idx\` ON \`_meetings_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_version_starts_at_idx\` ON \`_meetings_v\` (\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_approval_version_approval_approved_a_idx\` ON \`_meetings_v\` (\`version_approval_approved_at_meeting_id\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_version_source_document_idx\` ON \`_meetings_v\` (\`version_source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_version_updated_at_idx\` ON \`_meetings_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_version_created_at_idx\` ON \`_meetings_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_version_deleted_at_idx\` ON \`_meetings_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_version__status_idx\` ON \`_meetings_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_created_at_idx\` ON \`_meetings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_updated_at_idx\` ON \`_meetings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_latest_idx\` ON \`_meetings_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`agenda_items_handling\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agenda_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agenda_items_handling_order_idx\` ON \`agenda_items_handling\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`agenda_items_handling_parent_idx\` ON \`agenda_items_handling\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agenda_items_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agenda_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agenda_items_links_order_idx\` ON \`agenda_items_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agenda_items_links_parent_id_idx\` ON \`agenda_items_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agenda_items_dialogue\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'dialog',
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agenda_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agenda_items_dialogue_order_idx\` ON \`agenda_items_dialogue\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agenda_items_dialogue_parent_id_idx\` ON \`agenda_items_dialogue\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agenda_items\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`meeting_id\` text(36),
  	\`number\` text,
  	\`order\` numeric DEFAULT 10,
  	\`parent_id\` text(36),
  	\`title\` text,
  	\`handling_note\` text,
  	\`is_pause\` integer DEFAULT false,
  	\`duration_minutes\` numeric,
  	\`start_override\` text,
  	\`end_override\` text,
  	\`presenter_note\` text,
  	\`case_id\` text(36),
  	\`proposed_position\` text,
  	\`description\` text,
  	\`position_taken\` text,
  	\`notes\` text,
  	\`is_public\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`meeting_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agenda_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`case_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`agenda_items_meeting_idx\` ON \`agenda_items\` (\`meeting_id\`);`)
  await db.run(sql`CREATE INDEX \`agenda_items_order_idx\` ON \`agenda_items\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`agenda_items_parent_idx\` ON \`agenda_items\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`agenda_items_case_idx\` ON \`agenda_items\` (\`case_id\`);`)
  await db.run(sql`CREATE INDEX \`agenda_items_updated_at_idx\` ON \`agenda_items\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`agenda_items_created_at_idx\` ON \`agenda_items\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`agenda_items_deleted_at_idx\` ON \`agenda_items\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`agenda_items__status_idx\` ON \`agenda_items\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`agenda_items_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`people_id\` text(36),
  	\`attachments_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agenda_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agenda_items_rels_order_idx\` ON \`agenda_items_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`agenda_items_rels_parent_idx\` ON \`agenda_items_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`agenda_items_rels_path_idx\` ON \`agenda_items_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`agenda_items_rels_people_id_idx\` ON \`agenda_items_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`agenda_items_rels_attachments_id_idx\` ON \`agenda_items_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE TABLE \`_agenda_items_v_version_handling\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_agenda_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_agenda_items_v_version_handling_order_idx\` ON \`_agenda_items_v_version_handling\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_items_v_version_handling_parent_idx\` ON \`_agenda_items_v_version_handling\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_agenda_items_v_version_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_agenda_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_agenda_items_v_version_links_order_idx\` ON \`_agenda_items_v_version_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_items_v_version_links_parent_id_idx\` ON \`_agenda_items_v_version_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_agenda_items_v_version_dialogue\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'dialog',
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_agenda_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_agenda_items_v_version_dialogue_order_idx\` ON \`_agenda_items_v_version_dialogue\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_items_v_version_dialogue_parent_id_idx\` ON \`_agenda_items_v_version_dialogue\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_agenda_items_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_meeting_id\` text(36),
  	\`version_number\` text,
  	\`version_order\` numeric DEFAULT 10,
  	\`version_parent_id\` text(36),
  	\`version_title\` text,
  	\`version_handling_note\` text,
  	\`version_is_pause\` integer DEFAULT false,
  	\`version_duration_minutes\` numeric,
  	\`version_start_override\` text,
  	\`version_end_override\` text,
  	\`version_presenter_note\` text,
  	\`version_case_id\` text(36),
  	\`version_proposed_position\` text,
  	\`version_description\` text,
  	\`version_position_taken\` text,
  	\`version_notes\` text,
  	\`version_is_public\` integer DEFAULT true,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agenda_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meeting_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_parent_id\`) REFERENCES \`agenda_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_case_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_agenda_items_v_parent_idx\` ON \`_agenda_items_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_items_v_version_version_meeting_idx\` ON \`_agenda_items_v\` (\`version_meeting_id\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_items_v_version_version_order_idx\` ON \`_agenda_items_v\` (\`version_order\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_items_v_version_version_parent_idx\` ON \`_agenda_items_v\` (\`version_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_items_v_version_version_case_idx\` ON \`_agenda_items_v\` (\`version_case_id\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_items_v_version_version_updated_at_idx\` ON \`_agenda_items_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_items_v_version_version_created_at_idx\` ON \`_agenda_items_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_items_v_version_version_deleted_at_idx\` ON \`_agenda_items_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_items_v_version_version__status_idx\` ON \`_agenda_items_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_items_v_created_at_idx\` ON \`_agenda_items_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_items_v_updated_at_idx\` ON \`_agenda_items_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_items_v_latest_idx\` ON \`_agenda_items_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_agenda_items_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`people_id\` text(36),
  	\`attachments_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_agenda_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_agenda_items_v_rels_order_idx\` ON \`_agenda_items_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_items_v_rels_parent_idx\` ON \`_agenda_items_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_items_v_rels_path_idx\` ON \`_agenda_items_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_items_v_rels_people_id_idx\` ON \`_agenda_items_v_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_items_v_rels_attachments_id_idx\` ON \`_agenda_items_v_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE TABLE \`decisions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`agenda_item_id\` text(36) NOT NULL,
  	\`meeting_id\` text(36),
  	\`number\` numeric DEFAULT 1 NOT NULL,
  	\`kind\` text DEFAULT 'noterar_informationen' NOT NULL,
  	\`text\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`agenda_item_id\`) REFERENCES \`agenda_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meeting_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`decisions_agenda_item_idx\` ON \`decisions\` (\`agenda_item_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_meeting_idx\` ON \`decisions\` (\`meeting_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_updated_at_idx\` ON \`decisions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`decisions_created_at_idx\` ON \`decisions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`decisions_deleted_at_idx\` ON \`decisions\` (\`deleted_at\`);`)
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
  await db.run(sql`CREATE TABLE \`assignments\` (
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
  await db.run(sql`CREATE INDEX \`assignments_decision_idx\` ON \`assignments\` (\`decision_id\`);`)
  await db.run(sql`CREATE INDEX \`assignments_meeting_idx\` ON \`assignments\` (\`meeting_id\`);`)
  await db.run(sql`CREATE INDEX \`assignments_agenda_item_idx\` ON \`assignments\` (\`agenda_item_id\`);`)
  await db.run(sql`CREATE INDEX \`assignments_due_due_meeting_idx\` ON \`assignments\` (\`due_meeting_id\`);`)
  await db.run(sql`CREATE INDEX \`assignments_reported_back_in_idx\` ON \`assignments\` (\`reported_back_in_id\`);`)
  await db.run(sql`CREATE INDEX \`assignments_updated_at_idx\` ON \`assignments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`assignments_created_at_idx\` ON \`assignments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`assignments_deleted_at_idx\` ON \`assignments\` (\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`assignments_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`organisations_id\` text(36),
  	\`people_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`assignments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`assignments_rels_order_idx\` ON \`assignments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`assignments_rels_parent_idx\` ON \`assignments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`assignments_rels_path_idx\` ON \`assignments_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`assignments_rels_organisations_id_idx\` ON \`assignments_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`assignments_rels_people_id_idx\` ON \`assignments_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE TABLE \`cases_milestones\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`date\` text,
  	\`date_text\` text,
  	\`is_done\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cases_milestones_order_idx\` ON \`cases_milestones\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`cases_milestones_parent_id_idx\` ON \`cases_milestones\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`cases\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`reference\` text,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`cases_slug_idx\` ON \`cases\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`cases_updated_at_idx\` ON \`cases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`cases_created_at_idx\` ON \`cases\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`cases_deleted_at_idx\` ON \`cases\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`cases__status_idx\` ON \`cases\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`cases_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`organisations_id\` text(36),
  	\`cases_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cases_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cases_rels_order_idx\` ON \`cases_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`cases_rels_parent_idx\` ON \`cases_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_rels_path_idx\` ON \`cases_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`cases_rels_organisations_id_idx\` ON \`cases_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_rels_cases_id_idx\` ON \`cases_rels\` (\`cases_id\`);`)
  await db.run(sql`CREATE TABLE \`_cases_v_version_milestones\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`date\` text,
  	\`date_text\` text,
  	\`is_done\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_cases_v_version_milestones_order_idx\` ON \`_cases_v_version_milestones\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_milestones_parent_id_idx\` ON \`_cases_v_version_milestones\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_cases_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_reference\` text,
  	\`version_description\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_cases_v_parent_idx\` ON \`_cases_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_slug_idx\` ON \`_cases_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_updated_at_idx\` ON \`_cases_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_created_at_idx\` ON \`_cases_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_deleted_at_idx\` ON \`_cases_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version__status_idx\` ON \`_cases_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_created_at_idx\` ON \`_cases_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_updated_at_idx\` ON \`_cases_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_latest_idx\` ON \`_cases_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_cases_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`organisations_id\` text(36),
  	\`cases_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cases_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_cases_v_rels_order_idx\` ON \`_cases_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_rels_parent_idx\` ON \`_cases_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_rels_path_idx\` ON \`_cases_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_rels_organisations_id_idx\` ON \`_cases_v_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_rels_cases_id_idx\` ON \`_cases_v_rels\` (\`cases_id\`);`)
  await db.run(sql`CREATE TABLE \`attachments\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`category\` text DEFAULT 'bilaga' NOT NULL,
  	\`document_date\` text,
  	\`is_public\` integer DEFAULT true,
  	\`released_at\` text,
  	\`sha256\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`attachments_sha256_idx\` ON \`attachments\` (\`sha256\`);`)
  await db.run(sql`CREATE INDEX \`attachments_updated_at_idx\` ON \`attachments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`attachments_created_at_idx\` ON \`attachments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`attachments_deleted_at_idx\` ON \`attachments\` (\`deleted_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`attachments_filename_idx\` ON \`attachments\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`organisations_aliases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`alias\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organisations_aliases_order_idx\` ON \`organisations_aliases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`organisations_aliases_parent_id_idx\` ON \`organisations_aliases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`organisations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`short_name\` text,
  	\`aliases_text\` text,
  	\`type\` text DEFAULT 'kommun' NOT NULL,
  	\`parent_id\` text(36),
  	\`website\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`organisations_name_idx\` ON \`organisations\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`organisations_parent_idx\` ON \`organisations\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_updated_at_idx\` ON \`organisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_created_at_idx\` ON \`organisations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_deleted_at_idx\` ON \`organisations\` (\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`people_aliases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`alias\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`people_aliases_order_idx\` ON \`people_aliases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`people_aliases_parent_id_idx\` ON \`people_aliases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`people\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`aliases_text\` text,
  	\`party\` text,
  	\`kind\` text DEFAULT 'politiker' NOT NULL,
  	\`title\` text,
  	\`organisation_id\` text(36),
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`people_name_idx\` ON \`people\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`people_organisation_idx\` ON \`people\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`people_updated_at_idx\` ON \`people\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`people_created_at_idx\` ON \`people\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`people_deleted_at_idx\` ON \`people\` (\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`memberships\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`person_id\` text(36) NOT NULL,
  	\`body\` text DEFAULT 'SRO' NOT NULL,
  	\`side\` text NOT NULL,
  	\`group\` text NOT NULL,
  	\`role\` text DEFAULT 'ledamot' NOT NULL,
  	\`role_title\` text,
  	\`organisation_id\` text(36),
  	\`start_date\` text,
  	\`end_date\` text,
  	\`sort_order\` numeric DEFAULT 100,
  	\`label\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`memberships_person_idx\` ON \`memberships\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`memberships_organisation_idx\` ON \`memberships\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`memberships_updated_at_idx\` ON \`memberships\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`memberships_created_at_idx\` ON \`memberships\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`memberships_deleted_at_idx\` ON \`memberships\` (\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_rich_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`content\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_rich_text_order_idx\` ON \`pages_blocks_rich_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_rich_text_parent_id_idx\` ON \`pages_blocks_rich_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_rich_text_path_idx\` ON \`pages_blocks_rich_text\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_link_list_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_blocks_link_list\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_link_list_links_order_idx\` ON \`pages_blocks_link_list_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_link_list_links_parent_id_idx\` ON \`pages_blocks_link_list_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_link_list\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_link_list_order_idx\` ON \`pages_blocks_link_list\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_link_list_parent_id_idx\` ON \`pages_blocks_link_list\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_link_list_path_idx\` ON \`pages_blocks_link_list\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_contact\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'Kontakt',
  	\`text\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_contact_order_idx\` ON \`pages_blocks_contact\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_contact_parent_id_idx\` ON \`pages_blocks_contact\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_contact_path_idx\` ON \`pages_blocks_contact\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`pages\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`intro\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_slug_idx\` ON \`pages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_deleted_at_idx\` ON \`pages\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`pages_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`people_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_rels_order_idx\` ON \`pages_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_parent_idx\` ON \`pages_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_path_idx\` ON \`pages_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_people_id_idx\` ON \`pages_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_rich_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`content\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_rich_text_order_idx\` ON \`_pages_v_blocks_rich_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_rich_text_parent_id_idx\` ON \`_pages_v_blocks_rich_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_rich_text_path_idx\` ON \`_pages_v_blocks_rich_text\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_link_list_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_blocks_link_list\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_link_list_links_order_idx\` ON \`_pages_v_blocks_link_list_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_link_list_links_parent_id_idx\` ON \`_pages_v_blocks_link_list_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_link_list\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_link_list_order_idx\` ON \`_pages_v_blocks_link_list\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_link_list_parent_id_idx\` ON \`_pages_v_blocks_link_list\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_link_list_path_idx\` ON \`_pages_v_blocks_link_list\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_contact\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'Kontakt',
  	\`text\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_contact_order_idx\` ON \`_pages_v_blocks_contact\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_contact_parent_id_idx\` ON \`_pages_v_blocks_contact\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_contact_path_idx\` ON \`_pages_v_blocks_contact\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_intro\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_deleted_at_idx\` ON \`_pages_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_autosave_idx\` ON \`_pages_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`people_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_order_idx\` ON \`_pages_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_parent_idx\` ON \`_pages_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_path_idx\` ON \`_pages_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_people_id_idx\` ON \`_pages_v_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_footer_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_footer_links_order_idx\` ON \`site_settings_footer_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_footer_links_parent_id_idx\` ON \`site_settings_footer_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`site_name\` text DEFAULT 'SRO – Politiskt samrådsorgan' NOT NULL,
  	\`tagline\` text DEFAULT 'Samråd mellan Västra Götalandsregionen och Västra Götalands 49 kommuner',
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`contact_address\` text,
  	\`accessibility_statement_id\` text(36),
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`accessibility_statement_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_accessibility_statement_idx\` ON \`site_settings\` (\`accessibility_statement_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`meetings_invited_guests\`;`)
  await db.run(sql`DROP TABLE \`meetings_signatories\`;`)
  await db.run(sql`DROP TABLE \`meetings_attendance\`;`)
  await db.run(sql`DROP TABLE \`meetings\`;`)
  await db.run(sql`DROP TABLE \`_meetings_v_version_invited_guests\`;`)
  await db.run(sql`DROP TABLE \`_meetings_v_version_signatories\`;`)
  await db.run(sql`DROP TABLE \`_meetings_v_version_attendance\`;`)
  await db.run(sql`DROP TABLE \`_meetings_v\`;`)
  await db.run(sql`DROP TABLE \`agenda_items_handling\`;`)
  await db.run(sql`DROP TABLE \`agenda_items_links\`;`)
  await db.run(sql`DROP TABLE \`agenda_items_dialogue\`;`)
  await db.run(sql`DROP TABLE \`agenda_items\`;`)
  await db.run(sql`DROP TABLE \`agenda_items_rels\`;`)
  await db.run(sql`DROP TABLE \`_agenda_items_v_version_handling\`;`)
  await db.run(sql`DROP TABLE \`_agenda_items_v_version_links\`;`)
  await db.run(sql`DROP TABLE \`_agenda_items_v_version_dialogue\`;`)
  await db.run(sql`DROP TABLE \`_agenda_items_v\`;`)
  await db.run(sql`DROP TABLE \`_agenda_items_v_rels\`;`)
  await db.run(sql`DROP TABLE \`decisions\`;`)
  await db.run(sql`DROP TABLE \`assignments_progress_notes\`;`)
  await db.run(sql`DROP TABLE \`assignments\`;`)
  await db.run(sql`DROP TABLE \`assignments_rels\`;`)
  await db.run(sql`DROP TABLE \`cases_milestones\`;`)
  await db.run(sql`DROP TABLE \`cases\`;`)
  await db.run(sql`DROP TABLE \`cases_rels\`;`)
  await db.run(sql`DROP TABLE \`_cases_v_version_milestones\`;`)
  await db.run(sql`DROP TABLE \`_cases_v\`;`)
  await db.run(sql`DROP TABLE \`_cases_v_rels\`;`)
  await db.run(sql`DROP TABLE \`attachments\`;`)
  await db.run(sql`DROP TABLE \`organisations_aliases\`;`)
  await db.run(sql`DROP TABLE \`organisations\`;`)
  await db.run(sql`DROP TABLE \`people_aliases\`;`)
  await db.run(sql`DROP TABLE \`people\`;`)
  await db.run(sql`DROP TABLE \`memberships\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_rich_text\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_link_list_links\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_link_list\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_contact\`;`)
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`DROP TABLE \`pages_rels\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_rich_text\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_link_list_links\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_link_list\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_contact\`;`)
  await db.run(sql`DROP TABLE \`_pages_v\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_rels\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_settings_footer_links\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
}
