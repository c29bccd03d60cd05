import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * SMTP from the environment (see README, "E-post"). Without SMTP_HOST Payload falls back to its console adapter,
 * which writes every e-mail to the server log: right for development and tests.
 */
export function emailAdapter({ env }: { env: NodeJS.ProcessEnv }): EmailAdapter | Promise<EmailAdapter> | undefined {
  if (!env.SMTP_HOST) return undefined
  const port = Number(env.SMTP_PORT || 587)
  return nodemailerAdapter({
    defaultFromAddress: env.EMAIL_FROM || 'no-reply@sro.example',
    defaultFromName: env.EMAIL_FROM_NAME || 'SRO-arkivet',
    transportOptions: {
      host: env.SMTP_HOST,
      port,
      // Port 465 is TLS from the start; other ports upgrade with STARTTLS.
      secure: port === 465,
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS } : undefined,
    },
  })
}
