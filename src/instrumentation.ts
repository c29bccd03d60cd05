/** Runs once when the Next server starts (https://nextjs.org/docs/app/guides/instrumentation). */
export async function register(): Promise<void> {
  // Public pages leave without Next's client runtime (src/http/staticHtmlHook.ts). Node's HTTP server only.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { installStaticHtml } = await import('./http/staticHtmlHook')
    installStaticHtml()
  }
}
