/**
 * `npm run seed` (and `npm run dev` on an empty database, with --if-empty).
 * Demo logins use SEED_PASSWORD; without it a printed development default is used, never in production.
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { passwordProblem } from '../src/auth/passwordPolicy'
import { SEED_USERS, seed } from '../src/seed'

export const DEVELOPMENT_SEED_PASSWORD = 'sro-demo-2025'

function seedPassword(): { password: string; isDefault: boolean } {
  const fromEnv = process.env.SEED_PASSWORD
  if (fromEnv) {
    // The same rules as every account (src/auth/passwordPolicy.ts), said before anything is created.
    const problem = passwordProblem(fromEnv)
    if (problem) throw new Error(`SEED_PASSWORD: ${problem}`)
    return { password: fromEnv, isDefault: false }
  }
  if (process.env.NODE_ENV === 'production') {
    throw new Error('SEED_PASSWORD saknas. I produktion skapas inga demokonton med standardlösenord.')
  }
  return { password: DEVELOPMENT_SEED_PASSWORD, isDefault: true }
}

async function main() {
  const ifEmpty = process.argv.includes('--if-empty')
  const { password, isDefault } = seedPassword()
  const payload = await getPayload({ config })
  try {
    if (ifEmpty) {
      const { totalDocs } = await payload.count({ collection: 'users' })
      if (totalDocs > 0) {
        console.log('Databasen har redan innehåll; demodata hoppas över.')
        return
      }
    }
    await seed({ payload, password, log: (line) => console.log(line) })
    const serverURL = process.env.NEXT_PUBLIC_SERVER_URL || `http://localhost:${process.env.PORT || 3000}`
    console.log(`\nAdministration: ${serverURL}/admin`)
    console.log(`Demokonton (lösenord ${isDefault ? `"${password}", endast för utveckling` : 'från SEED_PASSWORD'}):`)
    for (const user of SEED_USERS) console.log(`  ${user.email.padEnd(28)} ${user.role}`)
  } finally {
    await payload.destroy()
  }
}

// Top-level await: `payload run` exits as soon as the module has been evaluated.
try {
  await main()
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
