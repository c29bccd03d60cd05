import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { securityHeaderRoutes } from './src/http/securityHeaders'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const serverURL = process.env.NEXT_PUBLIC_SERVER_URL || `http://localhost:${process.env.PORT || 3000}`

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next hashes every HTML response for its ETag, even cached pages: on the 80 KB meeting page that cost a third of the
  // throughput (bench/load.mjs: 42 % → 63 % of a static server). Pages carry s-maxage; the CDN or proxy in front
  // does conditional requests.
  generateEtags: false,
  // Cached pages and feeds live in this process's memory and are checked against the archive revision, read from the
  // database at most once a second: any writer, any instance (src/cache/handler.mjs, README "Drift i flera instanser").
  cacheHandler: path.resolve(dirname, 'src/cache/handler.mjs'),
  cacheMaxMemorySize: 64 * 1024 * 1024,
  turbopack: { root: path.resolve(dirname) },
  // The meeting PDFs (src/pdf/): PDFKit reads its PDF/A colour profile beside its own files at run time.
  serverExternalPackages: ['pdfkit', 'fontkit'],
  experimental: {
    // Addresses no route matches get src/app/global-not-found.tsx (the site's frame, lang="sv") instead of Next's
    // bare default: with two root layouts there is no app/layout.tsx for a root not-found.tsx.
    globalNotFound: true,
  },
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
  // CSP per kind of address, Permissions-Policy, COOP, HSTS over HTTPS: see src/http/securityHeaders.ts.
  async headers() {
    return securityHeaderRoutes({ serverURL, isDev: process.env.NODE_ENV === 'development' })
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
