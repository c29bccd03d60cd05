import * as migration_20261122_184629_initial from './20261122_184629_initial';

export const migrations = [
  {
    up: migration_20261122_184629_initial.up,
    down: migration_20261122_184629_initial.down,
    name: '20261122_184629_initial'
  },
];
