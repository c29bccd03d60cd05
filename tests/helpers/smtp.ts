/**
 * A real SMTP server on localhost that keeps what it receives, for tests of e-mail the app sends (password reset,
 * kallelser, reminders). Point the app at it with `smtpEnv(server)` before the Payload config is imported.
 */
import type { AddressInfo } from 'node:net'

import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type ReceivedMail = {
  /** Envelope recipients, as the sending server addressed them. */
  to: string[]
  from: string
  subject: string
  text: string
  html: string
  parsed: ParsedMail
}

export type TestSmtpServer = {
  port: number
  received: ReceivedMail[]
  /** Resolves with the first message (already received or still to come) that matches, or fails after `timeoutMs`. */
  waitFor: (args: { to?: string; match?: (mail: ReceivedMail) => boolean; timeoutMs?: number }) => Promise<ReceivedMail>
  /** From now on the server takes this long to accept each message (a slow or overloaded mail server). */
  answerAfter: (ms: number) => void
  /** From now on the server refuses these recipients with 550 at RCPT TO (a mailbox that does not exist). */
  rejectRecipients: (addresses: string[]) => void
  close: () => Promise<void>
}

export async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = []
  const listeners = new Set<() => void>()
  let answerDelayMs = 0
  let rejected = new Set<string>()
  const server = new SMTPServer({
    // Plain SMTP on localhost, no login: the app's nodemailer transport needs neither TLS nor credentials here.
    secure: false,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!rejected.has(address.address.toLowerCase())) return callback()
      const error = new Error(`Mailbox ${address.address} does not exist`) as Error & { responseCode: number }
      error.responseCode = 550
      callback(error)
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          received.push({
            to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            parsed,
          })
          listeners.forEach((listener) => listener())
          setTimeout(callback, answerDelayMs)
        })
        .catch((error: Error) => callback(error))
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.server.address() as AddressInfo

  const waitFor: TestSmtpServer['waitFor'] = ({ to, match, timeoutMs = 5000 }) => {
    const isWanted = (mail: ReceivedMail) => (!to || mail.to.includes(to.toLowerCase())) && (!match || match(mail))
    return new Promise((resolve, reject) => {
      const check = () => {
        const mail = received.find(isWanted)
        if (!mail) return false
        listeners.delete(check)
        clearTimeout(timer)
        resolve(mail)
        return true
      }
      const timer = setTimeout(() => {
        listeners.delete(check)
        reject(new Error(`No e-mail${to ? ` to ${to}` : ''} within ${timeoutMs} ms (received ${received.length}).`))
      }, timeoutMs)
      if (!check()) listeners.add(check)
    })
  }

  const answerAfter = (ms: number) => {
    answerDelayMs = ms
  }
  const rejectRecipients = (addresses: string[]) => {
    rejected = new Set(addresses.map((address) => address.toLowerCase()))
  }
  return {
    port,
    received,
    waitFor,
    answerAfter,
    rejectRecipients,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** The environment that sends the app's e-mail to this server (see src/email/adapter.ts). */
export function smtpEnv(server: TestSmtpServer): Record<string, string> {
  return { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(server.port), EMAIL_FROM: 'no-reply@sro.example' }
}
