/**
 * Validating what the shop's server returns: the PaymentSession (the status replies about it are
 * src/status/reply.ts). Input like any other. URL fields are only checked for shape here: whether a URL is
 * safe depends on the element's base URL and allowed schemes, so `isSafeUrl` decides at use.
 */
import { isWalletMethodId } from './flow.js';
import { isDecimalAmount } from './money.js';
import type {
  AlipayJsapi,
  FinalStatus,
  InputError,
  PaymentSession,
  PaymentStatus,
  WeChatJsapi,
} from './types.js';

/** The fields of `jsapi` per method: WeChat's `getBrandWCPayRequest`, Alipay's `tradePay`. */
const JSAPI_FIELDS: Readonly<Record<string, readonly string[]>> = {
  'wechat-pay': ['appId', 'timeStamp', 'nonceStr', 'package', 'signType', 'paySign'],
  alipay: ['tradeNO'],
};

/** Every {@link PaymentStatus}, `idle` first. */
export const PAYMENT_STATUSES: readonly PaymentStatus[] = [
  'idle',
  'pending',
  'paid',
  'failed',
  'expired',
  'cancelled',
];

/** The statuses after which nothing changes any more. */
export const FINAL_STATUSES: readonly FinalStatus[] = ['paid', 'failed', 'expired', 'cancelled'];

/**
 * The outcome of {@link parseSession}. `warnings` (present only when there are some) lists the
 * optional fields that were malformed and left out: the session is still usable without them.
 */
export type ParsedSession =
  { ok: true; session: PaymentSession; warnings?: InputError[] } | { ok: false; error: InputError };

/** Optional fields, each with what a usable value is and what to say when it is not. */
const OPTIONAL_FIELDS: readonly (readonly [
  keyof PaymentSession,
  (value: unknown) => boolean,
  string,
])[] = [
  ['amount', isDecimalAmount, 'must be a decimal string in major units, e.g. "128.00"'],
  [
    'currency',
    (value) => typeof value === 'string' && /^[A-Z]{3}$/.test(value),
    'must be an ISO 4217 code of three uppercase letters',
  ],
  [
    'expiresAt',
    (value) => parseIsoInstant(value) !== null,
    'must be an ISO 8601 date and time with a time zone, e.g. "2025-06-01T12:00:00Z"',
  ],
  ...(['payee', 'redirectUrl', 'qrPayload', 'shareUrl', 'statusUrl', 'eventsUrl'] as const).map(
    (field) => [field, (value: unknown) => typeof value === 'string', 'must be a string'] as const,
  ),
];

/**
 * ISO 8601 date and time with a time zone, in the form every browser's `Date.parse` reads:
 * `2025-06-01T12:00:00Z`, `…T12:00+08:00`, `…T12:00:00.123456+0800`.
 */
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):?(\d{2}))$/i;

/** Whether `s` is one of the {@link PAYMENT_STATUSES}. */
export function isPaymentStatus(s: unknown): s is PaymentStatus {
  return (PAYMENT_STATUSES as readonly unknown[]).includes(s);
}

/** Whether `s` is a final status (`paid`, `failed`, `expired`, `cancelled`): no more checks. */
export function isFinalStatus(s: unknown): s is FinalStatus {
  return (FINAL_STATUSES as readonly unknown[]).includes(s);
}

/**
 * Reads an ISO 8601 instant with a time zone into epoch milliseconds, or null. Stricter than
 * `Date.parse`, which accepts February 30 and, depending on the engine, forms without a zone
 * (then read as local time); fractions beyond milliseconds are truncated.
 *
 * @param s - e.g. `2025-06-01T12:00:00Z` or `2025-06-01T20:00:00+08:00`
 */
export function parseIsoInstant(s: unknown): number | null {
  if (typeof s !== 'string') return null;
  const m = ISO_INSTANT.exec(s);
  if (m === null) return null;
  // Absent optional parts read as 0; m[0], the zone m[8] and its sign m[9] are not numbers.
  const [, year, month, day, hour, minute, second, , , , offsetHours, offsetMinutes] = m.map(
    (part) => Number(part ?? 0),
  );
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) {
    return null;
  }
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  // An impossible date (February 30, month 0 or 13, day 0) rolls over into another month.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  // Fractions beyond milliseconds are truncated.
  date.setUTCHours(hour, minute, second, Number((m[7] ?? '').padEnd(3, '0').slice(0, 3)));
  const offset = (offsetHours * 60 + offsetMinutes) * 60_000 * (m[9] === '-' ? -1 : 1);
  return date.getTime() - offset;
}

/**
 * Validates an untrusted PaymentSession: a JSON string (the `session` attribute) or an object
 * (the property). Never throws.
 *
 * - `id` and `method`: required non-empty strings; without them there is no session.
 * - Optional fields that are missing, `null` or blank (`""`, as many servers serialize absent
 *   strings) are absent.
 * - Optional fields of the wrong type or shape are left out and reported in `warnings`; the rest
 *   of the session is used: `amount` a decimal string in major units (`"128.00"`, see
 *   `isDecimalAmount`), `currency` three uppercase letters (ISO 4217), `expiresAt` ISO 8601 with
 *   a time zone ({@link parseIsoInstant}), `payee` and the URLs strings.
 * - `jsapi` (paying in the wallet's own app) is signed payment data: for `wechat-pay` the six
 *   `getBrandWCPayRequest` strings, for `alipay` `tradeNO`. One that is malformed makes the
 *   session unusable (the error names the field, never a value); other methods may not have one.
 * - `scanWith` (an any-app code) lists known wallet method ids; others are left out with a
 *   warning, and a list with none left is absent.
 * - Unknown extra fields are ignored and left out of the result; values are not changed.
 *
 * @param input - a JSON string, an object, or anything else
 * @returns the session (with `warnings` naming each field left out, e.g. `session.shareUrl`), or
 *   the error that made it unusable
 */
export function parseSession(input: unknown): ParsedSession {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return fail('session', 'is not valid JSON');
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('session', 'must be an object');
  }
  const raw = value as Record<string, unknown>;
  try {
    return readSession(raw);
  } catch {
    // A getter or proxy that throws is untrusted input like any other.
    return fail('session', 'could not be read');
  }
}

function readSession(raw: Record<string, unknown>): ParsedSession {
  for (const field of ['id', 'method'] as const) {
    if (!isNonEmptyString(raw[field])) {
      return fail(`session.${field}`, 'is required and must be a non-empty string');
    }
  }
  const session: PaymentSession = { id: raw.id as string, method: raw.method as string };
  const warnings: InputError[] = [];
  for (const [field, usable, rule] of OPTIONAL_FIELDS) {
    const value = raw[field];
    if (value === undefined || value === null || (typeof value === 'string' && !value.trim())) {
      continue; // absent
    }
    if (usable(value)) (session as unknown as Record<string, unknown>)[field] = value;
    else warnings.push({ field: `session.${field}`, message: `${rule}; it was left out` });
  }
  if (raw.jsapi !== undefined && raw.jsapi !== null) {
    const jsapi = readJsapi(session.method, raw.jsapi);
    if ('error' in jsapi) return { ok: false, error: jsapi.error };
    session.jsapi = jsapi.value;
  }
  const scanWith = readScanWith(raw.scanWith, warnings);
  if (scanWith) session.scanWith = scanWith;
  return warnings.length ? { ok: true, session, warnings } : { ok: true, session };
}

/** `jsapi` for `method`: its own fields only, each a non-empty string; else why not. */
function readJsapi(
  method: string,
  value: unknown,
): { value: WeChatJsapi | AlipayJsapi } | { error: InputError } {
  const fields = Object.hasOwn(JSAPI_FIELDS, method) ? JSAPI_FIELDS[method] : null;
  if (!fields) {
    return fail('session.jsapi', 'is only for the methods wechat-pay and alipay');
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    return fail('session.jsapi', 'must be an object');
  }
  const copy: Record<string, string> = {};
  for (const field of fields) {
    const part = (value as Record<string, unknown>)[field];
    if (!isNonEmptyString(part)) {
      return fail(`session.jsapi.${field}`, 'is required and must be a non-empty string');
    }
    copy[field] = part;
  }
  return { value: copy as unknown as WeChatJsapi | AlipayJsapi };
}

/** The known wallets of `scanWith`, once each, in order; unknown or malformed ones warned of. */
function readScanWith(value: unknown, warnings: InputError[]): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    warnings.push({
      field: 'session.scanWith',
      message: 'must be an array of wallet method ids; it was left out',
    });
    return undefined;
  }
  const known: string[] = [];
  value.forEach((id: unknown, index) => {
    if (isWalletMethodId(id)) {
      if (!known.includes(id as string)) known.push(id as string);
    } else {
      warnings.push({
        field: `session.scanWith[${index}]`,
        message: `is not a known wallet (${WALLETS_TEXT}); it was left out`,
      });
    }
  });
  return known.length ? known : undefined;
}

const WALLETS_TEXT = 'alipay, wechat-pay, unionpay, jd-pay, ecny, bestpay or hebao';

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function fail(field: string, message: string): { ok: false; error: InputError } {
  return { ok: false, error: { field, message } };
}
