import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`agenda_items_missing_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agenda_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agenda_items_missing_documents_order_idx\` ON \`agenda_items_missing_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agenda_items_missing_documents_parent_id_idx\` ON \`agenda_items_missing_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_agenda_items_v_version_missing_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_agenda_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_agenda_items_v_version_missing_documents_order_idx\` ON \`_agenda_items_v_version_missing_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_items_v_version_missing_documents_parent_id_idx\` ON \`_agenda_items_v_version_missing_documents\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`agenda_items_missing_documents\`;`)
  await db.run(sql`DROP TABLE \`_agenda_items_v_version_missing_documents\`;`)
}
