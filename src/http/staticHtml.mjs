/**
 * Public pages as plain HTML: Next's client runtime taken out of the finished document (issue 18).
 *
 * Next 16 has no option to render an App Router page without its runtime: app-render always hands React the bootstrap
 * script, preinits the runtime chunks (`<link rel="preload" as="script">`, `<script src async>`) and streams the RSC
 * payload into the page (`<script>self.__next_f.push(…)</script>`). The public pages need none of it: they are server
 * components, links and forms, and under the public CSP (`script-src 'none'`) none of it ever ran. So it is cut from
 * the HTML after Next wrote it (src/http/staticHtmlHook.ts says where), and a visitor downloads the page only.
 *
 * Plain JavaScript, so that the page cache (src/cache/handler.mjs, loaded by Next outside the app's bundles) can use it.
 */

// React writes every script as a real tag and escapes '<' in text and attributes, so '<script' in the HTML is always
// a tag, never content. Next's inline payload escapes '</script' inside its strings.
const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi
const LINK = /<link\b[^>]*>/gi
const SCRIPT_PRELOAD =
  /\brel=["']?(?:modulepreload\b|preload\b[^>]*\bas=["']?script\b)|\bas=["']?script\b[^>]*\brel=["']?preload\b/i

/**
 * True when the document still holds something to strip. Plain substring searches (React writes tags and attributes
 * in lower case, attribute values in double quotes), so that a page stored already stripped, every cache hit, costs
 * no more than that: about 20 µs for the 30 KB meeting page.
 * @param {string} html
 */
export function hasClientRuntime(html) {
  return html.includes('<script') || html.includes('as="script"') || html.includes('modulepreload')
}

/**
 * The document without scripts, script preloads and the inline RSC payload; everything else byte for byte.
 * @param {string} html
 * @returns {string}
 */
export function stripClientRuntime(html) {
  return html.replace(SCRIPT, '').replace(LINK, (tag) => (SCRIPT_PRELOAD.test(tag) ? '' : tag))
}
