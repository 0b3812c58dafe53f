/**
 * From the `session` property to the hand-off the element shows: the session parsed, every URL
 * resolved against the page and checked with `resolveSafeUrl` (unsafe ones dropped and named, for
 * `unsafe-url`, so a bad link removes only its own flow and never reaches navigation, sharing or
 * the status requests), and the flow chosen for this environment. Pure: the element renders the
 * result and dispatches the errors.
 */
import { currentEnvironment } from '../core/environment.js';
import { chooseFlow, ownApp } from '../core/flow.js';
import { amountProblem } from '../core/money.js';
import { resolveSafeUrl } from '../core/safe-url.js';
import { parseSession } from '../core/session.js';
import type { Environment, FlowChoice, FlowPreference, PaymentSession } from '../core/types.js';
import type { WalletErrorDetail } from './events.js';

/** Schemes that make a QR payload dangerous to hand to a scanner (it may open them). */
const DANGEROUS_PAYLOAD = new Set(['javascript:', 'vbscript:', 'data:', 'file:', 'blob:']);

/** A session the element can hand off: its vetted URLs and the flows it allows here. */
export interface Hand {
  /** The session as given, without `jsapi` (for events, which never carry it). */
  session: PaymentSession;
  /** The session's `jsapi`, for the wallet's bridge only. */
  jsapi: PaymentSession['jsapi'];
  /** Resolved, safe `redirectUrl`. */
  redirectUrl: string | undefined;
  /** The text to encode as a QR code (absent, or a script/data URL: undefined). */
  qrPayload: string | undefined;
  /** The QR payload when it is a safe http(s) URL that "Copy link" may copy. */
  qrLink: string | undefined;
  /** Resolved, safe `shareUrl`. */
  shareUrl: string | undefined;
  /** The session given to the status tracker: `statusUrl`/`eventsUrl` resolved, unsafe ones removed. */
  tracked: PaymentSession;
  /** The fields that held an unsafe URL, e.g. `redirectUrl`. */
  unsafe: string[];
  /** The fields left out because they were malformed (`invalid-field`, `invalid-amount`). */
  malformed: string[];
  choice: FlowChoice;
}

/** What the choice of flow depends on besides the session: the element's properties. */
export interface HandOptions {
  /** Non-https schemes a redirect may use. */
  allowedSchemes: readonly string[];
  /** Null: detected from this browser. */
  environment: Environment | null;
  /** The flow asked for first (`auto` to let `chooseFlow` decide). */
  flow: FlowPreference;
}

/**
 * Vets a parsed session's URLs (relative ones against `document.baseURI`) and chooses its flow.
 * @internal
 */
export function prepareHand(given: PaymentSession, options: HandOptions): Hand {
  // Signed payment data goes to the bridge alone, never into events, errors or logs.
  const { jsapi, ...session } = given;
  const base = document.baseURI;
  const unsafe: string[] = [];
  const vet = (
    field: 'redirectUrl' | 'shareUrl' | 'statusUrl' | 'eventsUrl',
    schemes: readonly string[],
  ): string | undefined => {
    const value = session[field];
    if (value === undefined) return;
    const safe = resolveSafeUrl(value, schemes, base);
    if (!safe) unsafe.push(field);
    return safe?.href;
  };

  const redirectUrl = vet('redirectUrl', options.allowedSchemes);
  // A friend opens the share link in a browser, and status requests are plain HTTP: https only
  // (http on loopback for development), never an app scheme.
  const shareUrl = vet('shareUrl', []);
  const statusUrl = vet('statusUrl', []);
  const eventsUrl = vet('eventsUrl', []);

  let { qrPayload } = session;
  let qrLink: string | undefined;
  if (qrPayload !== undefined) {
    if (DANGEROUS_PAYLOAD.has(schemeOf(qrPayload))) {
      unsafe.push('qrPayload');
      qrPayload = undefined;
    } else {
      qrLink = resolveSafeUrl(qrPayload, [])?.href;
    }
  }

  const tracked: PaymentSession = { ...session };
  delete tracked.statusUrl;
  delete tracked.eventsUrl;
  if (statusUrl) tracked.statusUrl = statusUrl;
  if (eventsUrl) tracked.eventsUrl = eventsUrl;

  const choice = chooseFlow(
    session.method,
    { redirectUrl, qrPayload, shareUrl, jsapi },
    options.environment ?? currentEnvironment(),
    options.flow,
  );
  return {
    session,
    jsapi,
    redirectUrl,
    qrPayload,
    qrLink,
    shareUrl,
    tracked,
    unsafe,
    malformed: [],
    choice,
  };
}

/**
 * Validates untrusted input (an object or the attribute's JSON) into a hand, or null when there
 * is nothing usable, with the errors in the order to report them: `invalid-amount` for an amount
 * that cannot be shown exactly, `invalid-field` for each other malformed field left out,
 * `unsafe-url` for each unsafe link. A session with no usable flow left is `invalid-session`.
 * @internal
 */
export function handOff(
  input: unknown,
  options: HandOptions,
): { hand: Hand | null; errors: WalletErrorDetail[] } {
  const parsed = parseSession(input);
  if (!parsed.ok) {
    const { field, message } = parsed.error;
    return { hand: null, errors: [{ code: 'invalid-session', message: `${field} ${message}` }] };
  }
  const { session, warnings = [] } = parsed;
  const hand = prepareHand(session, options);
  const errors: WalletErrorDetail[] = [];
  for (const { field, message } of warnings) {
    const name = field.slice(8); // after `session.`
    const money = name === 'amount' || name === 'currency';
    hand.malformed.push(money ? 'amount' : name);
    errors.push({
      code: money ? 'invalid-amount' : 'invalid-field',
      message: `${field} ${message}.`,
    });
  }
  const problem = errors.some((e) => e.code === 'invalid-amount')
    ? null
    : amountProblem(session.amount, session.currency);
  if (problem) {
    hand.malformed.push('amount');
    errors.push({ code: 'invalid-amount', message: `session.amount: ${problem}.` });
  }
  errors.push(...hand.unsafe.map(unsafeUrlError));
  if (hand.choice.flow !== null) return { hand, errors };
  errors.push({
    code: 'invalid-session',
    message:
      'The session has no usable redirectUrl, qrPayload or shareUrl in this environment' +
      (ownApp(session.method, options.environment ?? currentEnvironment())
        ? ', and no jsapi to pay in this app.'
        : '.'),
  });
  return { hand: null, errors };
}

/** The session fields a flow depends on. */
const FLOW_FIELDS = ['redirectUrl', 'qrPayload', 'shareUrl'];

/**
 * Whether a link of the session was left out, unsafe or malformed, so a flow may be missing: the
 * shopper is told.
 * @internal
 */
export function linkLeftOut(hand: Hand): boolean {
  return hand.unsafe.length > 0 || hand.malformed.some((field) => FLOW_FIELDS.includes(field));
}

/** The `unsafe-url` error for a session field. @internal */
export function unsafeUrlError(field: string): WalletErrorDetail {
  return {
    code: 'unsafe-url',
    message: `session.${field} is not a safe URL here and was not used.`,
  };
}

/** The scheme as the URL parser reads it (it strips tabs, newlines and leading controls). */
function schemeOf(text: string): string {
  try {
    return new URL(text).protocol.toLowerCase();
  } catch {
    return '';
  }
}
