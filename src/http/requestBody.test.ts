import { describe, expect, it } from 'vitest'

import { MAX_VISITOR_BODY_BYTES, checkVisitorBody } from './requestBody'

const json = { contentType: 'application/json', hasBody: true, isUploadCollection: false }

describe('checkVisitorBody', () => {
  it('should let a visitor send small JSON', () => {
    expect(checkVisitorBody({ method: 'POST', ...json, contentLength: '120' })).toBeNull()
  })

  it('should refuse a visitor any multipart body to an upload collection, whatever its size', () => {
    expect(
      checkVisitorBody({
        method: 'POST',
        contentType: 'multipart/form-data; boundary=x',
        contentLength: '10',
        hasBody: true,
        isUploadCollection: true,
      })?.status,
    ).toBe(401)
  })

  it('should let a visitor post a small multipart form elsewhere, as the admin login does', () => {
    expect(
      checkVisitorBody({
        method: 'POST',
        contentType: 'multipart/form-data; boundary=x',
        contentLength: '300',
        hasBody: true,
        isUploadCollection: false,
      }),
    ).toBeNull()
  })

  it('should refuse a body over the limit with 413', () => {
    expect(
      checkVisitorBody({ method: 'PATCH', ...json, contentLength: String(MAX_VISITOR_BODY_BYTES + 1) })?.status,
    ).toBe(413)
  })

  it('should refuse a body without a length (chunked) with 411', () => {
    expect(checkVisitorBody({ method: 'PUT', ...json, contentLength: null })?.status).toBe(411)
    expect(checkVisitorBody({ method: 'POST', ...json, contentLength: 'lots' })?.status).toBe(411)
  })

  it('should leave reads and bodiless requests alone', () => {
    expect(checkVisitorBody({ method: 'GET', ...json, contentLength: null })).toBeNull()
    expect(
      checkVisitorBody({
        method: 'POST',
        contentType: null,
        contentLength: null,
        hasBody: false,
        isUploadCollection: true,
      }),
    ).toBeNull()
  })
})
