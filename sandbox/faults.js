// @ts-check
/**
 * Fault injection: how a session (or one request) misbehaves, so tests can check that a client
 * ends in the true final state whatever the network and the server do. See README.md, "Faults".
 *
 * A fault set is a small JSON object; every key is optional:
 *
 * | key             | value         | effect on a status or events request                        |
 * | --------------- | ------------- | ------------------------------------------------------------ |
 * | `delayMs`       | 0..60000      | wait this long first (then apply the other faults)           |
 * | `drop`          | true          | destroy the connection without any reply                     |
 * | `status`        | 400..599      | reply with this HTTP status and a JSON error                 |
 * | `malformed`     | true          | reply 200 with a body (or SSE data) that is not valid JSON   |
 * | `wrongId`       | true          | reply 200 with another session's id                          |
 * | `unknownStatus` | true          | reply 200 with `"status": "processing"` (not in the contract) |
 * | `flapToPending` | true          | once final, every second status reply says `pending`         |
 * | `times`         | 1..1000       | apply to the next N requests only, then clear the set        |
 */
import { HttpError } from './http.js';

/**
 * @typedef {object} Faults
 * @property {number} [delayMs]
 * @property {boolean} [drop]
 * @property {number} [status]
 * @property {boolean} [malformed]
 * @property {boolean} [wrongId]
 * @property {boolean} [unknownStatus]
 * @property {boolean} [flapToPending]
 * @property {number} [times]
 */

/** The largest injected delay: long enough for any timeout test, short enough to never hang. */
export const MAX_DELAY_MS = 60_000;
/** The largest `times`. */
export const MAX_TIMES = 1000;

const BOOLEAN_KEYS = /** @type {const} */ ([
  'drop',
  'malformed',
  'wrongId',
  'unknownStatus',
  'flapToPending',
]);

/**
 * @param {string} field
 * @param {string} message
 */
function invalid(field, message) {
  return new HttpError(400, 'invalid-field', message, field);
}

/**
 * @param {unknown} value
 * @param {number} min
 * @param {number} max
 */
function isIntegerIn(value, min, max) {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/**
 * Validates a fault set from a JSON body. `null`, `undefined` and `{}` mean "no faults".
 * Unknown keys are refused, so a typo never silently tests nothing.
 * @param {unknown} value
 * @param {string} [field] where the value came from, for error messages
 * @returns {Faults | null}
 * @throws {HttpError} 400 `invalid-field`
 */
export function parseFaults(value, field = 'faults') {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw invalid(field, `"${field}" must be an object such as {"status": 503, "times": 2}.`);
  }
  const input = /** @type {Record<string, unknown>} */ (value);
  /** @type {Faults} */
  const faults = {};
  for (const key of Object.keys(input)) {
    const item = input[key];
    const path = `${field}.${key}`;
    if (key === 'delayMs') {
      if (!isIntegerIn(item, 0, MAX_DELAY_MS)) {
        throw invalid(path, `"${path}" must be an integer from 0 to ${MAX_DELAY_MS}.`);
      }
      if (item) faults.delayMs = /** @type {number} */ (item);
    } else if (key === 'status') {
      if (!isIntegerIn(item, 400, 599)) {
        throw invalid(path, `"${path}" must be an HTTP error status from 400 to 599.`);
      }
      faults.status = /** @type {number} */ (item);
    } else if (key === 'times') {
      if (!isIntegerIn(item, 1, MAX_TIMES)) {
        throw invalid(path, `"${path}" must be an integer from 1 to ${MAX_TIMES}.`);
      }
      faults.times = /** @type {number} */ (item);
    } else if (/** @type {readonly string[]} */ (BOOLEAN_KEYS).includes(key)) {
      if (typeof item !== 'boolean') throw invalid(path, `"${path}" must be true or false.`);
      if (item) faults[/** @type {(typeof BOOLEAN_KEYS)[number]} */ (key)] = true;
    } else {
      throw invalid(
        path,
        `Unknown fault "${key}". Known: delayMs, drop, status, malformed, wrongId, unknownStatus, flapToPending, times.`,
      );
    }
  }
  const effective = Object.keys(faults).filter((key) => key !== 'times');
  return effective.length > 0 ? faults : null;
}

/** Query tokens (`?fault=…`) and the fault each one sets. */
const FLAG_TOKENS = /** @type {Record<string, (typeof BOOLEAN_KEYS)[number]>} */ ({
  drop: 'drop',
  malformed: 'malformed',
  'wrong-id': 'wrongId',
  wrongid: 'wrongId',
  'unknown-status': 'unknownStatus',
  unknownstatus: 'unknownStatus',
  flap: 'flapToPending',
  'flap-to-pending': 'flapToPending',
  flaptopending: 'flapToPending',
});

/**
 * Parses per-request faults from the `fault` query parameter(s): comma-separated tokens,
 * e.g. `?fault=503`, `?fault=delay:1500,drop`, `?fault=status:500&fault=wrong-id`.
 * Tokens: `<status>` or `status:<status>`, `delay:<ms>`, `drop`, `malformed`, `wrong-id`,
 * `unknown-status`, `flap`.
 * @param {string[]} values every `fault` query value
 * @returns {Faults | null}
 * @throws {HttpError} 400 `invalid-fault`
 */
export function parseFaultQuery(values) {
  /** @type {Record<string, unknown>} */
  const raw = {};
  for (const token of values.flatMap((value) => value.split(','))) {
    const text = token.trim().toLowerCase();
    if (text === '') continue;
    const [name, arg] = text.includes(':') ? text.split(/:(.*)/s) : [text, undefined];
    if (/^\d{3}$/.test(name) && arg === undefined) raw.status = Number(name);
    else if (name === 'status' && arg !== undefined && /^\d{1,3}$/.test(arg)) {
      raw.status = Number(arg);
    } else if (
      (name === 'delay' || name === 'delayms') &&
      arg !== undefined &&
      /^\d{1,6}$/.test(arg)
    ) {
      raw.delayMs = Number(arg);
    } else if (arg === undefined && Object.hasOwn(FLAG_TOKENS, name)) raw[FLAG_TOKENS[name]] = true;
    else {
      throw new HttpError(
        400,
        'invalid-fault',
        `Unknown fault token "${token.trim()}". Use e.g. ?fault=503, ?fault=delay:1500, ?fault=drop, ?fault=malformed, ?fault=wrong-id, ?fault=unknown-status, ?fault=flap.`,
        'fault',
      );
    }
  }
  try {
    return parseFaults(raw, 'fault');
  } catch (error) {
    if (error instanceof HttpError) error.code = 'invalid-fault';
    throw error;
  }
}
