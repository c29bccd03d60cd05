/**
 * Whether `path` is an address on this site, safe to redirect to. Browsers read `/\evil.example` like
 * `//evil.example` (another host), so a backslash or a control character anywhere is refused, as is `//`.
 */
export function isSitePath(path: string): boolean {
  if (!path.startsWith('/') || path.startsWith('//')) return false
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(path)) return false
  const base = 'http://site.invalid'
  return new URL(path, base).origin === base
}

/**
 * Whether a link staff type in (footer, link lists, rich text) may be stored and shown: a path on this site, a web
 * address or an e-mail. Everything else is refused, `javascript:`, `data:` and `vbscript:` in any disguise
 * (case, leading spaces, tabs or control characters a browser would strip, HTML entities) among it.
 */
export function isLinkTarget(url: string): boolean {
  // Browsers drop these before reading the scheme (` jav\tascript:` runs as javascript:): refuse rather than guess.
  // eslint-disable-next-line no-control-regex
  if (url !== url.trim() || /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(url)) return false
  if (isSitePath(url)) return true
  if (/^mailto:[^\s@]+@[^\s@]+$/i.test(url)) return true
  return isWebAddress(url)
}

/** An http(s) address with a host and no white space (the only links the importer takes from a document). */
export function isWebAddress(url: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(url)) return false
  try {
    return Boolean(new URL(url).hostname)
  } catch {
    return false
  }
}
