import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`plan_items\` ADD \`proposed_by\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`plan_items_proposed_by_idx\` ON \`plan_items\` (\`proposed_by\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`plan_items_proposed_by_idx\`;`)
  await db.run(sql`ALTER TABLE \`plan_items\` DROP COLUMN \`proposed_by\`;`)
}
