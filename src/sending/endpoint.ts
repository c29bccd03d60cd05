import type { Endpoint } from 'payload'

export const sendMeetingEndpoint: Endpoint = {
  path: '/:id/send',
  method: 'post',
  handler: () => Response.json({ error: 'Inte klart.' }, { status: 501 }),
}
