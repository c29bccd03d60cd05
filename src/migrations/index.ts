import * as migration_20261122_184629_initial from './20261122_184629_initial';
import * as migration_20261122_193958_attachment_text from './20261122_193958_attachment_text';
import * as migration_20261122_235747_import_log from './20261122_235747_import_log';
import * as migration_20261123_002413_arshjul from './20261123_002413_arshjul';
import * as migration_20261123_004004_beslutslogg from './20261123_004004_beslutslogg';
import * as migration_20261123_011540_plan_item_proposals from './20261123_011540_plan_item_proposals';
import * as migration_20261123_013803_plan_item_public_period from './20261123_013803_plan_item_public_period';
import * as migration_20261123_054457_import_runs from './20261123_054457_import_runs';
import * as migration_20261123_071025_import_run_source_text from './20261123_071025_import_run_source_text';
import * as migration_20261130_054353_sign_in from './20261130_054353_sign_in';
import * as migration_20261130_063721_record_fidelity_called from './20261130_063721_record_fidelity_called';
import * as migration_20261130_081910_sendings from './20261130_081910_sendings';
import * as migration_20261130_082140_item_texts_rich_text from './20261130_082140_item_texts_rich_text';
import * as migration_20261130_082428_standing_items from './20261130_082428_standing_items';
import * as migration_20261130_082820_missing_documents from './20261130_082820_missing_documents';

export const migrations = [
  {
    up: migration_20261122_184629_initial.up,
    down: migration_20261122_184629_initial.down,
    name: '20261122_184629_initial',
  },
  {
    up: migration_20261122_193958_attachment_text.up,
    down: migration_20261122_193958_attachment_text.down,
    name: '20261122_193958_attachment_text',
  },
  {
    up: migration_20261122_235747_import_log.up,
    down: migration_20261122_235747_import_log.down,
    name: '20261122_235747_import_log',
  },
  {
    up: migration_20261123_002413_arshjul.up,
    down: migration_20261123_002413_arshjul.down,
    name: '20261123_002413_arshjul',
  },
  {
    up: migration_20261123_004004_beslutslogg.up,
    down: migration_20261123_004004_beslutslogg.down,
    name: '20261123_004004_beslutslogg',
  },
  {
    up: migration_20261123_011540_plan_item_proposals.up,
    down: migration_20261123_011540_plan_item_proposals.down,
    name: '20261123_011540_plan_item_proposals',
  },
  {
    up: migration_20261123_013803_plan_item_public_period.up,
    down: migration_20261123_013803_plan_item_public_period.down,
    name: '20261123_013803_plan_item_public_period',
  },
  {
    up: migration_20261123_054457_import_runs.up,
    down: migration_20261123_054457_import_runs.down,
    name: '20261123_054457_import_runs',
  },
  {
    up: migration_20261123_071025_import_run_source_text.up,
    down: migration_20261123_071025_import_run_source_text.down,
    name: '20261123_071025_import_run_source_text',
  },
  {
    up: migration_20261130_054353_sign_in.up,
    down: migration_20261130_054353_sign_in.down,
    name: '20261130_054353_sign_in',
  },
  {
    up: migration_20261130_063721_record_fidelity_called.up,
    down: migration_20261130_063721_record_fidelity_called.down,
    name: '20261130_063721_record_fidelity_called',
  },
  {
    up: migration_20261130_081910_sendings.up,
    down: migration_20261130_081910_sendings.down,
    name: '20261130_081910_sendings',
  },
  {
    up: migration_20261130_082140_item_texts_rich_text.up,
    down: migration_20261130_082140_item_texts_rich_text.down,
    name: '20261130_082140_item_texts_rich_text',
  },
  {
    up: migration_20261130_082428_standing_items.up,
    down: migration_20261130_082428_standing_items.down,
    name: '20261130_082428_standing_items',
  },
  {
    up: migration_20261130_082820_missing_documents.up,
    down: migration_20261130_082820_missing_documents.down,
    name: '20261130_082820_missing_documents'
  },
];
