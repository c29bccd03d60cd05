import config from '@payload-config'
import '@payloadcms/next/css'

import { hardenedRest } from '@/http/hardenedRest'

// Payload's REST handlers behind a guard for hostile and malformed requests (src/http/).
const rest = hardenedRest(config)

export const GET = rest.GET
export const POST = rest.POST
export const DELETE = rest.DELETE
export const PATCH = rest.PATCH
export const PUT = rest.PUT
export const OPTIONS = rest.OPTIONS
