import type { MetadataRoute } from 'next'

import { isArshjulPublic } from '@/lib/public/arshjul'
import { listCases } from '@/lib/public/cases'
import { publicMeetings } from '@/lib/public/feeds'
import { AS_VISITOR, publicPayload } from '@/lib/public/payload'
import { siteUrl } from '@/lib/public/site'

export const revalidate = false

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl()
  const payload = await publicPayload()
  const [meetings, cases, pages, assignments, hasArshjul] = await Promise.all([
    publicMeetings(),
    listCases(),
    payload.find({
      collection: 'pages',
      pagination: false,
      depth: 0,
      select: { slug: true, updatedAt: true },
      ...AS_VISITOR,
    }),
    payload.find({
      collection: 'assignments',
      pagination: false,
      depth: 0,
      select: { updatedAt: true },
      ...AS_VISITOR,
    }),
    isArshjulPublic(),
  ])
  return [
    { url: `${base}/` },
    { url: `${base}/moten` },
    { url: `${base}/arenden` },
    ...(hasArshjul ? [{ url: `${base}/arshjul` }] : []),
    { url: `${base}/beslutslogg` },
    ...assignments.docs.map((assignment) => ({
      url: `${base}/beslutslogg/${assignment.id}`,
      lastModified: assignment.updatedAt,
    })),
    ...meetings.map((meeting) => ({ url: `${base}/moten/${meeting.slug}`, lastModified: meeting.updatedAt })),
    ...cases.docs.map((entry) => ({ url: `${base}/arenden/${entry.slug}` })),
    ...pages.docs.map((page) => ({ url: `${base}/${page.slug}`, lastModified: page.updatedAt })),
  ]
}
