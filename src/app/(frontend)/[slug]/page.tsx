import type { Metadata } from 'next'
import { draftMode, headers } from 'next/headers'

import { LivePreviewRefresh } from '@/components/public/LivePreviewRefresh'
import { NotFoundPage } from '@/components/public/NotFound'
import { PageBlocks } from '@/components/public/PageBlocks'
import { AS_VISITOR, publicPayload } from '@/lib/public/payload'

export const dynamicParams = true
export const revalidate = false
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string }> }

/** Published page for everyone; in draft mode (staff preview) the latest draft, read with the staff member's rights. */
async function loadPage(slug: string) {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return null
  const payload = await publicPayload()
  const { isEnabled: isPreview } = await draftMode()
  if (isPreview) {
    const { user } = await payload.auth({ headers: await headers() })
    if (user) {
      const { docs } = await payload.find({
        collection: 'pages',
        where: { slug: { equals: slug } },
        limit: 1,
        draft: true,
        overrideAccess: false,
        user,
        depth: 1,
      })
      return docs[0] ? { page: docs[0], isPreview: true } : null
    }
  }
  const { docs } = await payload.find({
    collection: 'pages',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    ...AS_VISITOR,
  })
  return docs[0] ? { page: docs[0], isPreview: false } : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await loadPage((await params).slug)
  if (!data) return { title: 'Sidan hittades inte' }
  return {
    title: data.page.meta?.title || data.page.title,
    description: data.page.meta?.description || data.page.intro || undefined,
  }
}

export default async function CommunicatorPage({ params }: Props) {
  const data = await loadPage((await params).slug)
  if (!data) return <NotFoundPage />
  const { page, isPreview } = data
  return (
    <article>
      {isPreview && (
        <p className="notice" role="status">
          Förhandsgranskning: du ser det senaste utkastet. <LivePreviewRefresh />
        </p>
      )}
      <h1>{page.title}</h1>
      {page.intro && <p className="lead">{page.intro}</p>}
      <PageBlocks blocks={page.layout} />
    </article>
  )
}
