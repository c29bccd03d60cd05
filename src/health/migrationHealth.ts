/** Whether the database carries exactly the migrations this version of the app was built with. */
export type Health = { isHealthy: true } | { isHealthy: false; reason: string }

const list = (names: string[]) =>
  names.length > 3 ? `${names.slice(0, 3).join(', ')} och ${names.length - 3} till` : names.join(', ')

/** Pure: compares the committed migrations (src/migrations/index.ts) with those the database has run. */
export function migrationHealth({ committed, applied }: { committed: string[]; applied: string[] }): Health {
  const ran = new Set(applied)
  const known = new Set(committed)
  const missing = committed.filter((name) => !ran.has(name))
  if (missing.length > 0)
    return {
      isHealthy: false,
      reason: `Databasen saknar ${missing.length} migrering(ar): ${list(missing)}. Kör payload migrate.`,
    }
  const unknown = [...ran].filter((name) => !known.has(name))
  if (unknown.length > 0) {
    return {
      isHealthy: false,
      reason: `Databasen har migreringar som den här versionen inte känner till: ${list(unknown)}. En nyare version har migrerat databasen.`,
    }
  }
  return { isHealthy: true }
}
