import * as migration_20261122_184629_initial from './20261122_184629_initial';
import * as migration_20261122_193958_attachment_text from './20261122_193958_attachment_text';
import * as migration_20261123_000301_beslutslogg from './20261123_000301_beslutslogg';

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
    up: migration_20261123_000301_beslutslogg.up,
    down: migration_20261123_000301_beslutslogg.down,
    name: '20261123_000301_beslutslogg'
  },
];
