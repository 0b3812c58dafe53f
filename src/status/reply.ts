/**
 * What counts as a status reply from the shop's server (`statusUrl`, each event of `eventsUrl`, or
 * `checkStatus`): an object with a known status, about this session. Anything else is an error,
 * never a state change. Part of `payment-picker/status`.
 */
import { isPaymentStatus } from '../core/session.js';
import type { InputError, PaymentStatus } from '../core/types.js';

/** The outcome of {@link parseStatusReply}. */
export type ParsedStatusReply =
  { ok: true; status: Exclude<PaymentStatus, 'idle'> } | { ok: false; error: InputError };

/**
 * Validates a status reply from `statusUrl`, `eventsUrl` or `checkStatus`: a JSON string or a
 * parsed value that must be an object with a known `status` (not `idle`) and, when it has an
 * `id`, this session's id. A reply for another session, an unknown status or malformed JSON is
 * an error, never a state change. Never throws.
 *
 * @param json - the reply text or the parsed reply
 * @param sessionId - the id of the session being tracked
 */
export function parseStatusReply(json: unknown, sessionId: string): ParsedStatusReply {
  let reply: unknown = json;
  if (typeof json === 'string') {
    try {
      reply = JSON.parse(json);
    } catch {
      return fail('reply', 'is not valid JSON');
    }
  }
  if (typeof reply !== 'object' || reply === null || Array.isArray(reply)) {
    return fail('reply', 'must be an object');
  }
  let id: unknown;
  let status: unknown;
  try {
    ({ id, status } = reply as { id?: unknown; status?: unknown });
  } catch {
    return fail('reply', 'could not be read');
  }
  if (id !== undefined && id !== sessionId) {
    return fail('reply.id', `is for session ${describe(id)}, not ${describe(sessionId)}`);
  }
  if (!isReportedStatus(status)) {
    return fail(
      'reply.status',
      `must be pending, paid, failed, expired or cancelled, not the unknown status ${describe(status)}`,
    );
  }
  return { ok: true, status };
}

/** A status a server may report: any but `idle`, which only means "no session yet". */
function isReportedStatus(s: unknown): s is Exclude<PaymentStatus, 'idle'> {
  return s !== 'idle' && isPaymentStatus(s);
}

/** A short quotation of untrusted data for an error message; never throws. */
function describe(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = typeof value; // a BigInt, a cycle or a throwing toJSON
  }
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function fail(field: string, message: string): { ok: false; error: InputError } {
  return { ok: false, error: { field, message } };
}
