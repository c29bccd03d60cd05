import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`meetings_import_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`imported_at\` text,
  	\`file_name\` text,
  	\`stage\` text,
  	\`warnings\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_import_log_order_idx\` ON \`meetings_import_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meetings_import_log_parent_id_idx\` ON \`meetings_import_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_meetings_v_version_import_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`imported_at\` text,
  	\`file_name\` text,
  	\`stage\` text,
  	\`warnings\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_meetings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_import_log_order_idx\` ON \`_meetings_v_version_import_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_import_log_parent_id_idx\` ON \`_meetings_v_version_import_log\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`meetings_import_log\`;`)
  await db.run(sql`DROP TABLE \`_meetings_v_version_import_log\`;`)
}
