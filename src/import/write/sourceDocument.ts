/** The uploaded source file of a document (the .docx or PDF) as the meeting's source document, found again by its SHA-256. */
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { ALLOWED_MIME_TYPES } from '../../../collections/Attachments/fileRules'
import type { Attachment } from '@/payload-types'
import type { ParsedMeeting, Stage } from '../schema'
import type { WriteContext } from './writeContext'

const SOURCE_CATEGORY: Record<Stage, Attachment['category']> = { notice: 'kallelse', minutes: 'motesanteckning' }

/** The attachment holding the source file: found by content, else uploaded (counted, not stored, in a dry run). */
export async function writeSourceDocument({
  ctx,
  parsed,
}: {
  ctx: WriteContext
  parsed: ParsedMeeting
}): Promise<string | undefined> {
  const file = ctx.args.sourceFile
  if (!file) return undefined
  if (!(ALLOWED_MIME_TYPES as readonly string[]).includes(file.mimetype)) {
    ctx.warn(
      null,
      `Källdokumentet ${file.name} laddas inte upp: filtypen ${file.mimetype} tas inte emot av dokumentarkivet.`,
    )
    return undefined
  }
  const sha256 = createHash('sha256').update(file.data).digest('hex')
  const {
    docs: [found],
  } = await ctx.payload.find({
    collection: 'attachments',
    where: { sha256: { equals: sha256 } },
    sort: 'createdAt',
    ...ctx.findOptions,
  })
  if (found) return found.id
  if (ctx.args.dryRun) {
    ctx.outcome.created.attachments += 1
    return undefined
  }
  const attachment = await ctx.create({
    collection: 'attachments',
    data: {
      title: `${parsed.title} ${parsed.date}`,
      category: SOURCE_CATEGORY[parsed.stage],
      documentDate: parsed.date,
      // Released with the meeting's stage (see syncAttachmentRelease), like every other document.
      isPublic: true,
    },
    file,
  })
  // Payload leaves the file on the request, which every later write of this import shares: it would be their upload too.
  delete ctx.req.file
  const staticDir = ctx.payload.collections.attachments?.config.upload?.staticDir
  if (staticDir && attachment.filename) ctx.storedFiles.push(path.resolve(staticDir, attachment.filename))
  return attachment.id
}

/** Removes the files this import uploaded: a rollback removes their rows, not the files. */
export async function removeStoredFiles(ctx: WriteContext): Promise<void> {
  await Promise.all(ctx.storedFiles.map((file) => fs.rm(file, { force: true }).catch(() => undefined)))
}
