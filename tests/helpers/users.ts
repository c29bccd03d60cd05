import type { Payload } from 'payload'

import type { Role } from '@/access/roles'
import type { User } from '@/payload-types'

export const TEST_PASSWORD = 'test-password-1234'

/** One user per role, created with the Local API (access bypassed, as an admin would). */
export async function createRoleUsers(payload: Payload): Promise<Record<Role, User>> {
  const roles: Role[] = ['admin', 'kommunikator', 'beredning', 'sekreterare']
  const users = {} as Record<Role, User>
  for (const role of roles) {
    users[role] = await payload.create({
      collection: 'users',
      data: { email: `${role}@test.example`, password: TEST_PASSWORD, name: role, roles: [role] },
    })
  }
  return users
}
