// @ts-check
/**
 * Fake but well-formed in-app payment data (`PaymentSession.jsapi`) for the any-app landing page,
 * and the lookup the simulated pay sheets use to find the order behind it.
 *
 * - WeChat Pay (`getBrandWCPayRequest`): `appId` (`wx` + 16 hex digits, the sandbox's own),
 *   `timeStamp` (seconds), `nonceStr` (32 characters), `package` (`prepay_id=wx…`), `signType`
 *   `RSA` and `paySign`: a real SHA256-with-RSA signature over
 *   `appId\ntimeStamp\nnonceStr\npackage\n`, made with a throwaway key generated once per process
 *   (the shape of WeChat Pay v3's, with no merchant key anywhere).
 * - Alipay (`tradePay`): `tradeNO`, 28 digits as `alipay.trade.create` returns them.
 *
 * A real app's pay sheet knows the order only from these values (it asks the provider with the
 * prepay id or trade number); the simulated sheet does the same through `POST
 * /sandbox/jsapi/lookup`, which also refuses values that differ from what was issued, as a real
 * provider refuses a bad signature. Dev and tests only.
 */
import { createHash, createSign, generateKeyPair, randomBytes, randomInt } from 'node:crypto';
import { promisify } from 'node:util';

/** @typedef {import('./store.js').SessionRecord} SessionRecord */
/** @typedef {import('./store.js').SessionStore} SessionStore */

/** The methods that pay inside their own app through a bridge. */
export const JSAPI_METHODS = /** @type {readonly string[]} */ (['wechat-pay', 'alipay']);

/** The six fields of WeChat's `getBrandWCPayRequest`, in the order WeChat documents them. */
export const WECHAT_FIELDS = /** @type {const} */ ([
  'appId',
  'timeStamp',
  'nonceStr',
  'package',
  'signType',
  'paySign',
]);

/** The sandbox's WeChat appId: `wx` and 16 hex digits, the same on every machine. */
export const SANDBOX_APP_ID = `wx${createHash('sha256').update('payment-picker sandbox').digest('hex').slice(0, 16)}`;

const NONCE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** @type {Promise<import('node:crypto').KeyObject> | null} */
let signingKey = null;

/** A 2048-bit RSA key made once per process (about 0.1 s), never written anywhere. */
function key() {
  signingKey ??= promisify(generateKeyPair)('rsa', { modulusLength: 2048 }).then(
    ({ privateKey }) => privateKey,
  );
  return signingKey;
}

/**
 * `yyyyMMddHHmmss` in UTC+8 (China's time, as the providers' ids carry it).
 * @param {number} now epoch ms
 */
function chinaTime(now) {
  return new Date(now + 8 * 3600_000).toISOString().replace(/\D/g, '').slice(0, 14);
}

/** @param {number} length */
function nonce(length) {
  let text = '';
  for (let i = 0; i < length; i++) text += NONCE_ALPHABET[randomInt(NONCE_ALPHABET.length)];
  return text;
}

/** @param {number} length */
function digits(length) {
  let text = '';
  for (let i = 0; i < length; i++) text += String(randomInt(10));
  return text;
}

/**
 * The session's `jsapi` for `method`: issued on the first ask and handed out unchanged after
 * that (a provider returns the same prepay id for the same order), or null for a method that
 * does not pay through an app's bridge.
 * @param {SessionRecord} session
 * @param {string} method
 * @param {number} now epoch ms
 * @returns {Promise<Record<string, string> | null>}
 */
export async function issueJsapi(session, method, now) {
  if (!JSAPI_METHODS.includes(method)) return null;
  const issued = session.jsapi[method];
  if (issued) return { ...issued };
  /** @type {Record<string, string>} */
  let fields;
  if (method === 'wechat-pay') {
    const timeStamp = String(Math.floor(now / 1000));
    const nonceStr = nonce(32);
    const pack = `prepay_id=wx${chinaTime(now)}${randomBytes(10).toString('hex')}`;
    const signer = createSign('RSA-SHA256');
    signer.update(`${SANDBOX_APP_ID}\n${timeStamp}\n${nonceStr}\n${pack}\n`);
    const paySign = signer.sign(await key(), 'base64');
    fields = {
      appId: SANDBOX_APP_ID,
      timeStamp,
      nonceStr,
      package: pack,
      signType: 'RSA',
      paySign,
    };
  } else {
    fields = { tradeNO: `${chinaTime(now).slice(0, 8)}2200${digits(16)}` };
  }
  // Two concurrent first asks: the first to finish wins, both hand out the same values.
  session.jsapi[method] ??= fields;
  return { ...session.jsapi[method] };
}

/**
 * The order behind in-app payment data, as a wallet app's pay sheet finds it: by WeChat's
 * prepay id or Alipay's trade number. Every field must be exactly what was issued.
 * @param {SessionStore} store
 * @param {string} method `wechat-pay` or `alipay`
 * @param {Record<string, unknown>} jsapi what the bridge was called with
 * @returns {{found: SessionRecord} | {error: 'unknown' | 'mismatch'}}
 */
export function findByJsapi(store, method, jsapi) {
  const token = method === 'wechat-pay' ? jsapi.package : jsapi.tradeNO;
  if (typeof token !== 'string' || token === '') return { error: 'unknown' };
  const tokenField = method === 'wechat-pay' ? 'package' : 'tradeNO';
  for (const record of store.values()) {
    const issued = record.jsapi[method];
    if (!issued || issued[tokenField] !== token) continue;
    const fields = Object.keys(issued);
    const same =
      fields.every((field) => jsapi[field] === issued[field]) &&
      Object.keys(jsapi).every((field) => fields.includes(field));
    const found = store.get(record.id); // brings expiry up to date
    if (!same || !found) return { error: same ? 'unknown' : 'mismatch' };
    return { found };
  }
  return { error: 'unknown' };
}
