import { decisionLogDownload } from '@/lib/public/decisionLogDownload'
import { type QueryViewProps, viewSearchParams } from '@/lib/public/queryRoutes'

// /beslutslogg.json?… is rewritten here by the proxy (src/lib/public/queryRoutes.ts): made once per archive revision
// and query, then served from the page cache.
export const dynamic = 'force-static'
export const dynamicParams = true
export const revalidate = false
export function generateStaticParams() {
  return []
}

/** The public decision log as JSON, with the page's filters. */
export async function GET(_request: Request, { params }: QueryViewProps) {
  return decisionLogDownload(await viewSearchParams(params), 'json')
}
