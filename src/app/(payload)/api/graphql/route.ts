import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { limitGraphqlRequest } from '@/graphql/request'

const payloadPost = GRAPHQL_POST(config)

// Payload's handler behind a bounded body and query; depth, cost and the runtime budget are in src/graphql/.
export const POST = (request: Request): Promise<Response> => limitGraphqlRequest({ request, handle: payloadPost })
export const OPTIONS = REST_OPTIONS(config)
