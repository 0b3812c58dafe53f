// @ts-check
/** Validation of `POST /sandbox/sessions` bodies, with one clear 400 per offending field. */
import { parseFaults } from './faults.js';
import { HttpError } from './http.js';

/** @typedef {import('./store.js').SessionFlow} SessionFlow */

/** The flows a sandbox session can offer, in the order the PaymentSession lists them. */
export const FLOWS = /** @type {readonly SessionFlow[]} */ (['qr', 'redirect', 'share']);

/** Who is paid when the body names no payee. */
export const DEFAULT_PAYEE = 'Sandbox Shop';

/** The wallets an any-app code can name (`scanWith`), in the order a code lists them. */
export const ANY_APP_WALLETS = /** @type {readonly string[]} */ ([
  'wechat-pay',
  'alipay',
  'unionpay',
]);

/** The wallets an any-app code names when the body does not say. */
export const DEFAULT_SCAN_WITH = /** @type {readonly string[]} */ (['wechat-pay', 'alipay']);

/** The longest a sandbox session may live: one day. */
export const MAX_TTL_SECONDS = 86_400;

/** Positive decimal in major units, at most 12 integer digits and 2 decimals: "128", "0.5", "128.00". */
const AMOUNT = /^(0|[1-9]\d{0,11})(\.\d{1,2})?$/;
const CURRENCY = /^[A-Z]{3}$/;
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * @typedef {object} CreateInput
 * @property {string} method
 * @property {string} amount
 * @property {string} currency
 * @property {string} payee
 * @property {SessionFlow[]} flows
 * @property {number} ttlSeconds
 * @property {string | null} returnUrl
 * @property {import('./faults.js').Faults | null} faults
 * @property {string[] | null} scanWith an any-app code: the wallets whose apps can pay it (the
 *   landing page offers them); null for a one-wallet session
 */

/**
 * @param {string} field
 * @param {string} message
 */
function invalid(field, message) {
  return new HttpError(400, 'invalid-field', message, field);
}

/**
 * @param {Record<string, unknown>} body
 * @param {string} field
 * @param {number} maxLength
 * @returns {string | undefined}
 */
function optionalText(body, field, maxLength) {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalid(field, `"${field}" must be a non-empty string.`);
  }
  if (value.length > maxLength) {
    throw invalid(field, `"${field}" must be at most ${maxLength} characters.`);
  }
  if (CONTROL.test(value)) throw invalid(field, `"${field}" must not contain control characters.`);
  return value;
}

/**
 * Whether a string is an absolute http: or https: URL (the only places a "Back to the shop" link
 * may go).
 * @param {unknown} value
 * @returns {value is string}
 */
export function isHttpUrl(value) {
  if (typeof value !== 'string' || value.length > 2048) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Validates the body of `POST /sandbox/sessions`. Unknown keys are ignored.
 * @param {unknown} body parsed JSON
 * @param {{ttlSeconds: number}} defaults
 * @returns {CreateInput}
 * @throws {HttpError} 400
 */
export function validateCreate(body, defaults) {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(
      400,
      'invalid-body',
      'The body must be a JSON object such as {"method": "wechat-pay", "amount": "128.00", "currency": "CNY"}.',
    );
  }
  const input = /** @type {Record<string, unknown>} */ (body);

  const scanWith = readAnyApp(input);
  if (input.method === undefined && !scanWith)
    throw invalid('method', '"method" is required, e.g. "wechat-pay".');
  const method = /** @type {string} */ (optionalText(input, 'method', 64) ?? scanWith?.[0]);

  if (input.amount === undefined) throw invalid('amount', '"amount" is required, e.g. "128.00".');
  if (typeof input.amount !== 'string') {
    throw invalid('amount', '"amount" must be a decimal string in major units, e.g. "128.00".');
  }
  if (!AMOUNT.test(input.amount)) {
    throw invalid(
      'amount',
      '"amount" must be a decimal string in major units with at most 2 decimals, e.g. "128.00".',
    );
  }
  if (Number(input.amount) <= 0) throw invalid('amount', '"amount" must be greater than 0.');
  const amount = input.amount;

  if (input.currency === undefined)
    throw invalid('currency', '"currency" is required, e.g. "CNY".');
  if (typeof input.currency !== 'string' || !CURRENCY.test(input.currency)) {
    throw invalid(
      'currency',
      '"currency" must be an ISO 4217 code: three capital letters, e.g. "CNY".',
    );
  }
  const currency = input.currency;

  const payee = optionalText(input, 'payee', 100) ?? DEFAULT_PAYEE;

  /** @type {SessionFlow[]} */
  let flows = [...FLOWS];
  if (input.flows !== undefined) {
    const list = input.flows;
    if (!Array.isArray(list) || list.length === 0) {
      throw invalid('flows', '"flows" must be a non-empty array of "redirect", "qr" and "share".');
    }
    list.forEach((flow, index) => {
      if (!FLOWS.includes(flow)) {
        throw invalid(`flows[${index}]`, `"flows[${index}]" must be "redirect", "qr" or "share".`);
      }
    });
    flows = FLOWS.filter((flow) => list.includes(flow));
  }

  let ttlSeconds = defaults.ttlSeconds;
  if (input.ttlSeconds !== undefined) {
    const ttl = input.ttlSeconds;
    if (typeof ttl !== 'number' || !Number.isInteger(ttl) || ttl < 1 || ttl > MAX_TTL_SECONDS) {
      throw invalid('ttlSeconds', `"ttlSeconds" must be an integer from 1 to ${MAX_TTL_SECONDS}.`);
    }
    ttlSeconds = ttl;
  }

  let returnUrl = null;
  if (input.returnUrl !== undefined) {
    if (!isHttpUrl(input.returnUrl)) {
      throw invalid('returnUrl', '"returnUrl" must be an absolute http: or https: URL.');
    }
    returnUrl = input.returnUrl;
  }

  const faults = parseFaults(input.faults);

  return {
    method,
    amount,
    currency,
    payee,
    flows,
    ttlSeconds,
    returnUrl,
    faults,
    scanWith,
  };
}

/**
 * An any-app code (`"anyApp": true`, or `"type": "any-app"`): the wallets of `scanWith` (a
 * non-empty subset of {@link ANY_APP_WALLETS}, kept in that order; default
 * {@link DEFAULT_SCAN_WITH}). Null for a one-wallet session.
 * @param {Record<string, unknown>} input
 * @returns {string[] | null}
 */
function readAnyApp(input) {
  if (input.anyApp !== undefined && typeof input.anyApp !== 'boolean') {
    throw invalid('anyApp', '"anyApp" must be true or false.');
  }
  if (input.type !== undefined && input.type !== 'any-app' && input.type !== 'wallet') {
    throw invalid('type', '"type" must be "any-app" or "wallet".');
  }
  const anyApp = input.anyApp === true || input.type === 'any-app';
  if (input.scanWith === undefined) return anyApp ? [...DEFAULT_SCAN_WITH] : null;
  if (!anyApp)
    throw invalid('scanWith', '"scanWith" is only for an any-app code ("anyApp": true).');
  const list = input.scanWith;
  const wallets = ANY_APP_WALLETS.map((id) => `"${id}"`).join(', ');
  if (!Array.isArray(list) || list.length === 0) {
    throw invalid('scanWith', `"scanWith" must be a non-empty array of ${wallets}.`);
  }
  list.forEach((id, index) => {
    if (!ANY_APP_WALLETS.includes(id)) {
      throw invalid(`scanWith[${index}]`, `"scanWith[${index}]" must be one of ${wallets}.`);
    }
  });
  return ANY_APP_WALLETS.filter((id) => list.includes(id));
}
