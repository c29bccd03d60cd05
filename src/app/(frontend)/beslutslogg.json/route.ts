import { decisionLogDownload } from '@/lib/public/decisionLogDownload'

export const dynamic = 'force-dynamic'

/** The public decision log as JSON, with the page's filters. */
export const GET = (request: Request) => decisionLogDownload(request, 'json')
