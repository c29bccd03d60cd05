import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import { runAfterCommit } from '../db/sqliteWrites'

/** An SMTP server that does not answer gives up after these, instead of nodemailer's minutes. */
export const SMTP_TIMEOUTS_MS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as const

/**
 * SMTP from the environment (see README, "E-post"). Without SMTP_HOST Payload falls back to its console adapter,
 * which writes every e-mail to the server log: right for development and tests.
 */
export function emailAdapter({ env }: { env: NodeJS.ProcessEnv }): Promise<EmailAdapter> | undefined {
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
      ...SMTP_TIMEOUTS_MS,
    },
  }).then(sentAfterCommit)
}

/**
 * E-mail sent from inside a database transaction goes out after the commit (see `afterCommit`): Payload's
 * forgot-password sends its link inside its transaction, and a slow SMTP server would otherwise hold every other
 * writer (on MongoDB there is no such turn, and every message goes at once). Outside a transaction the message is sent at once and the caller sees the result, as before.
 */
export function sentAfterCommit(adapter: EmailAdapter): EmailAdapter {
  return (args) => {
    const instance = adapter(args)
    return {
      ...instance,
      sendEmail: async (message) => {
        const sendLater = () =>
          void instance
            .sendEmail(message)
            .catch((err: unknown) =>
              args.payload.logger.error({ msg: `E-post kunde inte skickas till ${String(message.to)}`, err }),
            )
        if (!runAfterCommit(sendLater)) return instance.sendEmail(message)
      },
    }
  }
}
