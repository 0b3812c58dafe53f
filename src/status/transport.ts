/**
 * One status check, and what counts as a valid status reply. The transports are injected
 * (`fetch`, `EventSource`, or the shop's own `checkStatus`) so {@link StatusTracker} is testable
 * and runs outside a browser. Anything that is not a clean, well-formed reply for this session
 * is a {@link StatusCheckError}: the tracker retries it and never turns it into a state change.
 */
import type { PaymentSession, PaymentStatus } from '../core/types.js';
import { resolveSafeUrl } from '../core/safe-url.js';
import { parseStatusReply, type ParsedStatusReply } from './reply.js';

/** A status the shop's server can report (`idle` is the element's own "no session yet"). */
export type ReportedStatus = Exclude<PaymentStatus, 'idle'>;

/**
 * A custom status transport (the element's `checkStatus` property), for shops whose status API
 * is not a plain GET. It should honour `signal`; the tracker stops waiting when it aborts anyway.
 */
export type CheckStatus = (
  session: PaymentSession,
  options: { signal: AbortSignal },
) => Promise<{ status: PaymentStatus; id?: string }>;

/** The part of `fetch` the tracker uses; `globalThis.fetch` fits. */
export type FetchLike = (
  url: string,
  init: {
    signal: AbortSignal;
    headers: Record<string, string>;
    cache: RequestCache;
    credentials: RequestCredentials;
  },
) => Promise<{
  ok: boolean;
  status: number;
  /** The final URL, after redirects; when not empty, it must pass the status URL rule too. */
  url?: string;
  text(): Promise<string>;
  /** The reply's headers; the tracker reads `Date` (the server's clock) when it can. */
  headers?: { get(name: string): string | null };
}>;

/** The part of an `EventSource` the tracker uses. */
export interface EventSourceLike {
  close(): void;
  addEventListener(type: 'open' | 'error', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** An `EventSource` constructor; `globalThis.EventSource` fits. */
export type EventSourceFactory = new (url: string) => EventSourceLike;

/** A failed status check: transport error, timeout, or a reply that is not a valid status. */
export class StatusCheckError extends Error {
  /** @param message - developer-facing English, passed on in `status-unreachable`. */
  constructor(message: string) {
    super(message);
    this.name = 'StatusCheckError';
  }
}

/**
 * Validates a status reply: an object (not JSON text) whose `status` is a known status and whose
 * `id`, when present, is this session's; the rules of `parseStatusReply`.
 *
 * @throws {StatusCheckError} for anything else.
 */
export function readStatusReply(reply: unknown, sessionId: string): ReportedStatus {
  // A transport hands over the parsed object: a string here is not an object, never JSON to parse.
  return checked(parseStatusReply(typeof reply === 'string' ? null : reply, sessionId));
}

/** Parses a JSON text into a status, with the rules of {@link readStatusReply}. */
export function parseStatusText(text: string, sessionId: string): ReportedStatus {
  return checked(parseStatusReply(text, sessionId));
}

function checked(parsed: ParsedStatusReply): ReportedStatus {
  if (parsed.ok) return parsed.status;
  const { field, message } = parsed.error;
  throw new StatusCheckError(`The status reply is invalid: ${field} ${message}.`);
}

/**
 * Resolves a session URL (shops write `/api/orders/42/status`) against the page's base URL.
 * Only what `resolveSafeUrl` allows without app schemes is fetched: https, or http on this
 * machine. The session is server data, but it is still input.
 *
 * @throws {StatusCheckError} when the URL cannot be resolved or is not safe to fetch.
 */
export function resolveStatusUrl(url: string, baseUrl: string | undefined): string {
  const resolved = resolveSafeUrl(url, [], baseUrl);
  if (!resolved) {
    throw new StatusCheckError(
      `The status URL ${JSON.stringify(url)} is not https (or http on this machine).`,
    );
  }
  return resolved.href;
}

/** Everything one status request needs. */
export interface StatusRequest {
  session: PaymentSession;
  signal: AbortSignal;
  checkStatus?: CheckStatus | undefined;
  fetch?: FetchLike | undefined;
  baseUrl?: string | undefined;
}

/**
 * Asks once, through `checkStatus` if given, else with a GET of `session.statusUrl`.
 * Settles when `signal` aborts even if the transport ignores it.
 *
 * @throws {StatusCheckError} (or the abort reason) on any failure.
 */
export function requestStatus(request: StatusRequest): Promise<ReportedStatus> {
  return untilAborted(ask(request), request.signal);
}

async function ask({ session, signal, checkStatus, fetch, baseUrl }: StatusRequest) {
  if (checkStatus) {
    let reply: unknown;
    try {
      reply = await checkStatus(session, { signal });
    } catch (error) {
      throw new StatusCheckError(`checkStatus failed: ${describe(error)}`);
    }
    return readStatusReply(reply, session.id);
  }
  if (!session.statusUrl) throw new StatusCheckError('The session has no statusUrl.');
  const url = resolveStatusUrl(session.statusUrl, baseUrl);
  const doFetch: FetchLike = fetch ?? ((input, init) => globalThis.fetch(input, init));
  let response: Awaited<ReturnType<FetchLike>>;
  let text: string;
  try {
    response = await doFetch(url, {
      signal,
      headers: { Accept: 'application/json' },
      cache: 'no-store', // a cached "pending" would hide the payment
      credentials: 'same-origin',
    });
    if (!response.ok)
      throw new StatusCheckError(`The status URL answered HTTP ${response.status}.`);
    // A redirect may have left the rule behind: where the reply came from must pass it too.
    if (response.url) resolveStatusUrl(response.url, undefined);
    text = await response.text();
  } catch (error) {
    if (error instanceof StatusCheckError) throw error;
    throw new StatusCheckError(`The status request failed: ${describe(error)}`);
  }
  return parseStatusText(text, session.id);
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function abortReason(signal: AbortSignal): StatusCheckError {
  const reason: unknown = signal.reason;
  return reason instanceof StatusCheckError
    ? reason
    : new StatusCheckError(`The status request was aborted: ${describe(reason)}`);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}
