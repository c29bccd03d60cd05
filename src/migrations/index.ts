// Replaced by `payload migrate:create`; lists the committed migrations in order.
export const migrations = []
