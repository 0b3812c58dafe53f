/**
 * The status protocol's vocabulary on the server side: the statuses a server may report, what a
 * payment id may look like, the hub's typed error, and the exact bytes of the JSON replies and the
 * Server-Sent Events frames. No I/O here. Part of `payment-picker/server`.
 */
import type { FinalStatus, PaymentStatus } from '../core/types.js';

/**
 * A status the server reports for a payment: every {@link PaymentStatus} but `idle` (which only
 * means "no session yet" in the browser).
 */
export type ReportedStatus = Exclude<PaymentStatus, 'idle'>;

/** Every status a server may report, in the protocol's order. */
export const REPORTED_STATUSES = [
  'pending',
  'paid',
  'failed',
  'expired',
  'cancelled',
] as const satisfies readonly ReportedStatus[];

/** The statuses after which a payment never changes: a stream ends after sending one. */
export const FINAL_STATUSES = [
  'paid',
  'failed',
  'expired',
  'cancelled',
] as const satisfies readonly FinalStatus[];

// Compile-time guard: the lists above name every status of the shared type, no more, no less.
type Missing = Exclude<ReportedStatus, (typeof REPORTED_STATUSES)[number]>;
type MissingFinal = Exclude<FinalStatus, (typeof FINAL_STATUSES)[number]>;
const exhaustive: [Missing, MissingFinal] extends [never, never] ? true : false = true;
void exhaustive;

/** Whether `value` is a status a server may report (`pending`, `paid`, `failed`, …). */
export function isReportedStatus(value: unknown): value is ReportedStatus {
  return (REPORTED_STATUSES as readonly unknown[]).includes(value);
}

/** Whether `status` is final: `paid`, `failed`, `expired` or `cancelled`. */
export function isFinal(status: ReportedStatus): status is FinalStatus {
  return status !== 'pending';
}

/** The default longest payment id accepted, in UTF-16 code units. */
export const DEFAULT_MAX_ID_LENGTH = 200;

// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why `id` is not an acceptable payment id, or `null` when it is: a non-empty string of at most
 * `maxLength` characters with no control characters (C0, DEL, C1, U+2028/2029) and no lone
 * surrogates. Anything printable is allowed otherwise, so a shop's own order ids fit.
 */
export function idProblem(id: unknown, maxLength = DEFAULT_MAX_ID_LENGTH): string | null {
  if (typeof id !== 'string') return 'must be a string';
  if (id.length === 0) return 'must not be empty';
  if (id.length > maxLength) return `must be at most ${maxLength} characters`;
  if (CONTROL_CHARACTERS.test(id)) return 'must not contain control characters';
  if (LONE_SURROGATE.test(id)) return 'must not contain lone surrogates';
  return null;
}

/** What went wrong, as {@link StatusHubError.code}. */
export type StatusHubErrorCode =
  /** The payment id is not a non-empty printable string of acceptable length. */
  | 'invalid-id'
  /** A status that is not `pending`, `paid`, `failed`, `expired` or `cancelled`. */
  | 'invalid-status'
  /** `getStatus` threw or rejected. */
  | 'get-status-failed'
  /** `getStatus` did not settle within `timeoutMs`. */
  | 'get-status-timeout'
  /** The transport failed to publish, subscribe or (re)connect. */
  | 'transport-failed'
  /** The hub is closed. */
  | 'closed';

/**
 * The one error type of `payment-picker/server`: a stable `code`, an English `message` for the
 * log, the payment `id` when there is one, and the underlying error as `cause`. Never sent to a
 * client: replies carry a generic message only.
 */
export class StatusHubError extends Error {
  /** What went wrong; stable across versions. */
  readonly code: StatusHubErrorCode;
  /** The payment the error is about, when there is one (already validated, or cut short). */
  readonly id: string | undefined;

  /**
   * @param code - what went wrong
   * @param message - an English explanation for the log
   * @param options - the payment id and the underlying error
   */
  constructor(
    code: StatusHubErrorCode,
    message: string,
    options: { id?: string | undefined; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'StatusHubError';
    this.code = code;
    this.id = options.id;
  }
}

/** A short, safe quotation of untrusted input for an error message. */
export function quote(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  } catch {
    text = typeof value;
  }
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

const encoder = new TextEncoder();

/** UTF-8 bytes of `text` (Response bodies must be bytes). */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

/** The JSON body of a status reply and of each stream event: `{"id":…,"status":…}`. */
export function statusJson(id: string, status: ReportedStatus): string {
  return JSON.stringify({ id, status });
}

/**
 * One Server-Sent Event carrying a status. `id:` is the status itself, so a native `EventSource`
 * that reconnects after the final status sends it back as `Last-Event-ID` and is told to stop.
 */
export function statusEvent(id: string, status: ReportedStatus): string {
  return `id: ${status}\ndata: ${statusJson(id, status)}\n\n`;
}

/** The comment line sent as a heartbeat: ignored by every SSE parser, keeps proxies open. */
export const HEARTBEAT = ': heartbeat\n\n';
