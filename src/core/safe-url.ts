/**
 * Deciding whether a URL from a session or a method may be navigated to, shared or shown as an
 * image. URLs come from the shop's server and from HTML attributes, so they are untrusted text:
 * anything that is not plainly one of the allowed kinds is refused, never repaired.
 */

/** The non-https schemes a wallet redirect may use by default: WeChat, Alipay, UnionPay apps. */
export const DEFAULT_ALLOWED_SCHEMES: readonly string[] = ['weixin', 'alipays', 'alipay', 'upwrp'];

/**
 * Longer inputs are refused. Real wallet links (signed Alipay wap URLs included) stay far below
 * this; anything longer is a mistake or an attempt to hide something from a reviewer.
 */
export const MAX_URL_LENGTH = 8192;

/** Schemes that run code or read local data; refused even when a caller lists them as allowed. */
const NEVER_ALLOWED = new Set([
  'javascript',
  'vbscript',
  'data',
  'file',
  'blob',
  'filesystem',
  'about',
  'view-source',
]);

/**
 * Control characters (the URL parser silently deletes tabs and newlines, so `java\tscript:` would
 * become `javascript:`), invisible format characters (zero-width, bidi overrides), every Unicode
 * space and lone surrogates. A well-formed URL percent-encodes all of them.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}\p{Cs}]/u;

/** An RFC 3986 scheme at the start: the input is absolute. */
const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/**
 * Scheme-less input whose first segment holds a `:` (RFC 3986 §4.2), `%` or `&`: a scheme in
 * disguise, percent-encoded or HTML-entity-looking (`javascript&colon;…`).
 */
const DISGUISED_SCHEME = /^[^/?#]*[:%&]/;

/** 127.0.0.0/8 as the URL parser normalizes it (it already turned `0x7f.1` into dotted decimal). */
const IPV4_LOOPBACK = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/**
 * Resolves an untrusted URL and returns it only if it is safe to navigate to or share:
 * `https:`; a scheme in `allowedSchemes` (case-insensitive; `javascript:`, `data:`, `vbscript:`,
 * `file:`, `blob:` are never allowed); or `http:` on a loopback host (`localhost`, 127.0.0.0/8,
 * `[::1]`) for local development. Relative URLs resolve against `base` (pass `document.baseURI`);
 * without a base they are refused.
 *
 * Refused outright, never repaired: whitespace or control characters anywhere (including a tab
 * inside the scheme), backslashes, user names or passwords (`http://127.0.0.1@evil.com`),
 * scheme-less input whose first segment contains `:`, `%` or `&` (percent-encoded or
 * HTML-entity-looking schemes such as `javascript&colon;…`), and input over
 * {@link MAX_URL_LENGTH} characters. Never throws.
 *
 * @param url - the untrusted URL text
 * @param allowedSchemes - extra non-https schemes, without `:` (e.g. the `allowed-schemes`
 *   attribute of `<wallet-redirect>`); `http` and `https` here change nothing
 * @param base - the base for relative URLs, normally `document.baseURI`
 * @returns the resolved URL, or null when it is not safe
 */
export function resolveSafeUrl(
  url: string,
  allowedSchemes: readonly string[] = DEFAULT_ALLOWED_SCHEMES,
  base?: string,
): URL | null {
  const parsed = parseUntrusted(url, base);
  if (parsed === null) return null;
  const scheme = parsed.protocol.slice(0, -1);
  if (scheme === 'https') return parsed;
  if (scheme === 'http') return isLoopbackHost(parsed.hostname) ? parsed : null;
  return !NEVER_ALLOWED.has(scheme) && isListed(scheme, allowedSchemes) ? parsed : null;
}

/**
 * Whether an untrusted URL is safe to navigate to or share; see {@link resolveSafeUrl} for the
 * rules. Never throws.
 *
 * @param url - the untrusted URL text
 * @param allowedSchemes - extra non-https schemes, without `:`
 * @param base - the base for relative URLs, normally `document.baseURI`
 */
export function isSafeUrl(
  url: string,
  allowedSchemes: readonly string[] = DEFAULT_ALLOWED_SCHEMES,
  base?: string,
): boolean {
  return resolveSafeUrl(url, allowedSchemes, base) !== null;
}

/**
 * Whether an untrusted URL may be used as a method's `icon`: an absolute `https:` URL, or a
 * relative URL that resolves to the page's own `http(s)` origin. Everything else (`data:`,
 * `http:` elsewhere, app schemes, relative URLs without a base) is refused, and the picker shows
 * its default glyph. The same character rules as {@link resolveSafeUrl} apply. Never throws.
 *
 * @param url - the untrusted image URL
 * @param base - the base for relative URLs, normally `document.baseURI`
 */
export function isSafeImageUrl(url: string, base?: string): boolean {
  const parsed = parseUntrusted(url, base);
  if (parsed === null) return false;
  if (parsed.protocol === 'https:') return true;
  if (SCHEME.test(url)) return false; // absolute and not https
  const page = parseBase(base);
  return page !== null && page.protocol === 'http:' && parsed.origin === page.origin;
}

/** Whether a hostname (as `URL` normalizes it) is this machine. */
function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || IPV4_LOOPBACK.test(hostname);
}

/** Parses with all the character rules applied; null on any doubt. */
function parseUntrusted(url: unknown, base: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return null;
  if (INVISIBLE.test(url) || url.includes('\\')) return null;
  if (!SCHEME.test(url) && DISGUISED_SCHEME.test(url)) return null;
  const page = parseBase(base);
  let parsed: URL;
  try {
    parsed = page === null ? new URL(url) : new URL(url, page);
  } catch {
    return null; // relative without a base, or not a URL at all
  }
  return parsed.username === '' && parsed.password === '' ? parsed : null;
}

function parseBase(base: unknown): URL | null {
  if (typeof base !== 'string' || base === '') return null;
  try {
    return new URL(base);
  } catch {
    return null;
  }
}

/** Whether `schemes` lists `scheme`, in any case, with or without the `:`. */
function isListed(scheme: string, schemes: unknown): boolean {
  return (
    Array.isArray(schemes) &&
    schemes.some(
      (listed) =>
        typeof listed === 'string' && listed.trim().toLowerCase().replace(/:$/, '') === scheme,
    )
  );
}
