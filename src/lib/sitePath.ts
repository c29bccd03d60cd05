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
