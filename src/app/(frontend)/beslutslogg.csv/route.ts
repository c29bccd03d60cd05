import { decisionLogDownload } from '@/lib/public/decisionLogDownload'

export const dynamic = 'force-dynamic'

/** The public decision log as CSV (semicolon-separated, UTF-8 with BOM for Excel), with the page's filters. */
export const GET = (request: Request) => decisionLogDownload(request, 'csv')
