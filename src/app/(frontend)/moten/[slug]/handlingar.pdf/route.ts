import { meetingPdfResponse } from '@/pdf/meetingPdf'

// Cached like the meeting page: rendered on first request, then served until the archive revision moves
// (src/cache/handler.mjs), so any change to the meeting gives a new PDF.
export const dynamic = 'force-static'
export const dynamicParams = true
export const revalidate = false
export function generateStaticParams() {
  return []
}

/** Möteshandlingar: the kallelse PDF followed by the meeting's public PDF documents in agenda order. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return meetingPdfResponse({ slug: (await params).slug, name: 'handlingar' })
}
