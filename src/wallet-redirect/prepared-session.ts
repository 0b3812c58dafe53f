/**
 * From the untrusted session to what the element may use: every URL resolved against the page
 * and checked with `resolveSafeUrl`, unsafe ones dropped (and named, for `unsafe-url`), so a bad
 * link removes only its own flow and never reaches navigation, sharing or the status requests.
 */
import { resolveSafeUrl } from '../core/safe-url.js';
import type { PaymentSession } from '../core/types.js';

/** Schemes that make a QR payload dangerous to hand to a scanner (it may open them). */
const DANGEROUS_PAYLOAD = new Set(['javascript:', 'vbscript:', 'data:', 'file:', 'blob:']);

/** A session with its URLs vetted. */
export interface PreparedSession {
  /** The session as given (for events). */
  session: PaymentSession;
  /** Resolved, safe `redirectUrl`, or null. */
  redirectUrl: string | null;
  /** The text to encode as a QR code, or null (missing or a script/data URL). */
  qrPayload: string | null;
  /** The QR payload when it is a safe http(s) URL that "Copy link" may copy, else null. */
  qrLink: string | null;
  /** Resolved, safe `shareUrl`, or null. */
  shareUrl: string | null;
  /** The session given to the status tracker: `statusUrl`/`eventsUrl` resolved, unsafe ones removed. */
  tracked: PaymentSession;
  /** The fields that held an unsafe URL, e.g. `redirectUrl`. */
  unsafe: string[];
}

/**
 * Vets a parsed session's URLs.
 *
 * @param session - from `parseSession`
 * @param allowedSchemes - non-https schemes a redirect may use
 * @param base - the page's base URL (`document.baseURI`)
 * @internal
 */
export function prepareSession(
  session: PaymentSession,
  allowedSchemes: readonly string[],
  base: string,
): PreparedSession {
  const unsafe: string[] = [];
  const vet = (field: keyof PaymentSession, schemes: readonly string[]): string | null => {
    const value = session[field];
    if (value === undefined) return null;
    const safe = resolveSafeUrl(value, schemes, base);
    if (safe === null) unsafe.push(field);
    return safe?.href ?? null;
  };

  const redirectUrl = vet('redirectUrl', allowedSchemes);
  // A friend opens the share link in a browser, and status requests are plain HTTP: https only
  // (http on loopback for development), never an app scheme.
  const shareUrl = vet('shareUrl', []);
  const statusUrl = vet('statusUrl', []);
  const eventsUrl = vet('eventsUrl', []);

  let qrPayload: string | null = session.qrPayload ?? null;
  let qrLink: string | null = null;
  if (qrPayload !== null) {
    if (DANGEROUS_PAYLOAD.has(schemeOf(qrPayload))) {
      unsafe.push('qrPayload');
      qrPayload = null;
    } else {
      const link = resolveSafeUrl(qrPayload, [], undefined);
      qrLink = link?.href ?? null;
    }
  }

  const tracked: PaymentSession = { ...session };
  delete tracked.statusUrl;
  delete tracked.eventsUrl;
  if (statusUrl !== null) tracked.statusUrl = statusUrl;
  if (eventsUrl !== null) tracked.eventsUrl = eventsUrl;

  return { session, redirectUrl, qrPayload, qrLink, shareUrl, tracked, unsafe };
}

/** The scheme as the URL parser reads it (it strips tabs, newlines and leading controls). */
function schemeOf(text: string): string {
  try {
    return new URL(text).protocol.toLowerCase();
  } catch {
    return '';
  }
}
