import { randomBytes } from 'node:crypto'

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * SRO's standing items as they stood when this migration was written (a migration keeps its own copy; the live
 * default is DEFAULT_STANDING_ITEMS in src/agenda/standingItems.ts). A database whose site settings were already
 * saved would read an empty list (the default only fills a global never saved), so the rows are written here.
 */
const STANDING_ITEMS = [
  { number: '1', title: 'Mötets öppnande', subItems: [{ number: 'a', title: 'Närvaro/upprop' }, { number: 'b', title: 'Övriga frågor' }] },
  { number: '2', title: 'Godkännande av dagens agenda', subItems: [] },
  { number: '3', title: 'Föregående mötesanteckning', subItems: [] },
]
/** Array rows get ids like Payload's own (24 hex digits). */
const rowId = () => randomBytes(12).toString('hex')

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_settings_standing_items_handling\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`site_settings_standing_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_standing_items_handling_order_idx\` ON \`site_settings_standing_items_handling\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_standing_items_handling_parent_idx\` ON \`site_settings_standing_items_handling\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_standing_items_sub_items_handling\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`site_settings_standing_items_sub_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_standing_items_sub_items_handling_order_idx\` ON \`site_settings_standing_items_sub_items_handling\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_standing_items_sub_items_handling_parent_idx\` ON \`site_settings_standing_items_sub_items_handling\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_standing_items_sub_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`number\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`duration_minutes\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings_standing_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_standing_items_sub_items_order_idx\` ON \`site_settings_standing_items_sub_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_standing_items_sub_items_parent_id_idx\` ON \`site_settings_standing_items_sub_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_standing_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`number\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`duration_minutes\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_standing_items_order_idx\` ON \`site_settings_standing_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_standing_items_parent_id_idx\` ON \`site_settings_standing_items\` (\`_parent_id\`);`)
  const settings = (await db.all(sql`SELECT \`id\` FROM \`site_settings\``)) as { id: string }[]
  for (const { id: settingsId } of settings) {
    for (const [index, item] of STANDING_ITEMS.entries()) {
      const itemId = rowId()
      await db.run(
        sql`INSERT INTO \`site_settings_standing_items\` (\`_order\`, \`_parent_id\`, \`id\`, \`number\`, \`title\`) VALUES (${index + 1}, ${settingsId}, ${itemId}, ${item.number}, ${item.title})`,
      )
      for (const [subIndex, sub] of item.subItems.entries())
        await db.run(
          sql`INSERT INTO \`site_settings_standing_items_sub_items\` (\`_order\`, \`_parent_id\`, \`id\`, \`number\`, \`title\`) VALUES (${subIndex + 1}, ${itemId}, ${rowId()}, ${sub.number}, ${sub.title})`,
        )
    }
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_settings_standing_items_handling\`;`)
  await db.run(sql`DROP TABLE \`site_settings_standing_items_sub_items_handling\`;`)
  await db.run(sql`DROP TABLE \`site_settings_standing_items_sub_items\`;`)
  await db.run(sql`DROP TABLE \`site_settings_standing_items\`;`)
}
