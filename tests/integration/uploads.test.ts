/** Uploads through the real REST handler: wrong types and oversized files are refused and nothing is kept. */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_UPLOAD_BYTES } from '../../collections/Attachments/fileRules'
import { demoPdf } from '@/seed/content'
import type * as Http from '../helpers/http'
import { type TestPayload, startTestPayload } from '../helpers/payload'
import { TEST_PASSWORD, createRoleUsers } from '../helpers/users'

let test: TestPayload
let http: typeof Http
let headers: Record<string, string>

beforeAll(async () => {
  test = await startTestPayload()
  await createRoleUsers(test.payload)
  http = await import('../helpers/http')
  headers = await http.loginHeaders('beredning@test.example', TEST_PASSWORD)
})
afterAll(async () => test?.cleanup())

function upload(bytes: Buffer | Uint8Array, name: string, type: string) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({ title: name, category: 'bilaga' }))
  return http.api('POST', '/attachments', { body: form, headers })
}

const storedFiles = () => {
  const dir = path.join(test.dir, 'uploads', 'attachments')
  return fs.existsSync(dir) ? fs.readdirSync(dir) : []
}

describe('attachments upload', () => {
  it('accepts a PDF and records its SHA-256', async () => {
    const bytes = demoPdf('Beslutsunderlag')
    const response = await upload(bytes, 'beslutsunderlag.pdf', 'application/pdf')
    expect(response.status).toBe(201)
    const { doc } = response.json() as { doc: { sha256: string; mimeType: string; releasedAt?: string } }
    expect(doc.mimeType).toBe('application/pdf')
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(doc.releasedAt ?? null).toBeNull()
    expect(storedFiles()).toContain('beslutsunderlag.pdf')
  })

  it('refuses a file whose content is not an allowed type, even when it is named .pdf', async () => {
    const before = await test.payload.count({ collection: 'attachments' })
    for (const [bytes, name, type] of [
      [
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        'bild.pdf',
        'application/pdf',
      ],
      [Buffer.from('just text'), 'anteckning.txt', 'text/plain'],
      [Buffer.from('<html><body>x</body></html>'), 'sida.html', 'text/html'],
    ] as const) {
      const response = await upload(bytes, name, type)
      expect(response.status, name).toBe(400)
      expect(response.text).toMatch(/file type|filtyp/i)
    }
    expect(await test.payload.count({ collection: 'attachments' })).toEqual(before)
    expect(storedFiles()).toEqual(['beslutsunderlag.pdf'])
  })

  it('rejects a file over 50 MB with 413 and a Swedish message, storing nothing', async () => {
    const before = await test.payload.count({ collection: 'attachments' })
    const big = Buffer.alloc(MAX_UPLOAD_BYTES + 1024, 0x20)
    demoPdf('stor').copy(big)
    const response = await upload(big, 'for-stor.pdf', 'application/pdf')
    expect(response.status).toBe(413)
    expect(response.text).toContain('Filen är för stor')
    expect(await test.payload.count({ collection: 'attachments' })).toEqual(before)
    expect(storedFiles()).not.toContain('for-stor.pdf')
  })

  it('does not fetch files from a pasted URL', async () => {
    const response = await http.api('GET', '/attachments/paste-url/x?src=http://127.0.0.1/secret.pdf', { headers })
    expect(response.status).not.toBe(200)
  })

  it('refuses uploads from the anonymous public', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(demoPdf('x'))], { type: 'application/pdf' }), 'x.pdf')
    form.append('_payload', JSON.stringify({ title: 'x', category: 'bilaga' }))
    const response = await http.api('POST', '/attachments', { body: form })
    expect(response.status).toBe(403)
  })
})
