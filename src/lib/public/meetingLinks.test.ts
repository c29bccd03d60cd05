import { describe, expect, it } from 'vitest'

import { linkOnlyPublicPages } from './meetingLinks'

describe('linkOnlyPublicPages', () => {
  const meetings = [
    { id: 'a', href: '/moten/2025-11-13' },
    { id: 'b', href: '/moten/2026-03-19' },
    { id: 'c', href: null },
  ]

  it('should keep the link of a meeting whose page is public', () => {
    expect(linkOnlyPublicPages({ meetings, publicIds: new Set(['a']) })[0]).toEqual({ id: 'a', href: '/moten/2025-11-13' })
  })

  it('should drop the link of a planned meeting whose kallelse is not published', () => {
    expect(linkOnlyPublicPages({ meetings, publicIds: new Set(['a']) }).map((meeting) => meeting.href)).toEqual(['/moten/2025-11-13', null, null])
  })
})
