/**
 * The status hub: the two endpoints of the status protocol as Web `Response`s, fed by the shop's
 * own truth (`getStatus`) and by a {@link StatusTransport} that carries changes between
 * processes. Part of `payment-picker/server`.
 */
import {
  DEFAULT_MAX_ID_LENGTH,
  StatusHubError,
  idProblem,
  isFinal,
  isReportedStatus,
  quote,
  statusJson,
  type ReportedStatus,
} from './protocol.js';
import { createReplies, headerOf, methodOf, signalOf } from './replies.js';
import { StreamRegistry, transportError } from './streams.js';
import { memoryTransport, type StatusTransport } from './transport.js';

/**
 * Reads a payment's status from the shop's own records (the truth): `pending`, `paid`,
 * `failed`, `expired` or `cancelled`, or `null` / `undefined` for an id the shop does not know.
 * May be async. Typed as any string so a database column fits without a cast; anything else
 * than the five statuses is reported to `onError` (`invalid-status`) and answered `500`.
 * `signal` aborts when the hub stops waiting (after `timeoutMs`), so a query can be cancelled.
 */
export type GetStatus = (
  id: string,
  signal: AbortSignal,
) => string | null | undefined | PromiseLike<string | null | undefined>;

/** Options of {@link createStatusHub}. */
export interface StatusHubOptions {
  /** The shop's truth; see {@link GetStatus}. Required. */
  getStatus: GetStatus;
  /**
   * Carries published statuses to every process: {@link memoryTransport} (the default) for one
   * process, {@link redisTransport} for several, or your own {@link StatusTransport}.
   * `close()` closes it.
   */
  transport?: StatusTransport;
  /** How long `getStatus` and a transport's `publish` may take (ms). Default 5000. */
  timeoutMs?: number;
  /** Period of the heartbeat comment on open streams (ms). Default 15000. */
  heartbeatMs?: number;
  /**
   * The longest a stream stays open (ms): it ends between 0.9× and 1× this (spread so that
   * clients do not all reconnect at once), at the next heartbeat. The browser client reconnects
   * and re-reads the status at once. Default 300000 (5 minutes).
   */
  maxStreamMs?: number;
  /** The `retry:` hint sent first on each stream, for native `EventSource` clients (ms). Default 2000. */
  retryMs?: number;
  /** Open streams this hub holds at most; beyond it, `503` with `Retry-After`. Default 10000. */
  maxStreams?: number;
  /** The longest payment id accepted (characters). Default 200. */
  maxIdLength?: number;
  /**
   * Cross-origin pages: the `Access-Control-Allow-Origin` value to send (`'*'` or one origin).
   * With it the hub also sends `Access-Control-Expose-Headers: Date`, so the browser client can
   * read the server's clock. Default: no CORS headers (same-origin).
   */
  allowOrigin?: string;
  /**
   * Told about every failure the hub handles by itself: `getStatus` throwing, hanging or
   * returning a non-status, a transport error, a bad message. For your log. Default:
   * `console.error`.
   */
  onError?: (error: StatusHubError) => void;
}

/** Counters of a {@link StatusHub}, for tests and monitoring. */
export interface StatusHubStats {
  /** Open event streams (including those waiting for their first `getStatus`). */
  streams: number;
  /** Payment ids with at least one open stream (one transport subscription each). */
  ids: number;
  /** `close()` was called. */
  closed: boolean;
}

/** What {@link createStatusHub} returns. */
export interface StatusHub {
  /**
   * Tells every process that payment `id` is now `status`: call it after you recorded the change
   * (after verifying the provider's notification). Resolves once the transport accepted it.
   * Rejects with a {@link StatusHubError} for a bad id (`invalid-id`), a string that is not a
   * status (`invalid-status`), a closed hub (`closed`) or a transport that failed or took longer
   * than `timeoutMs` (`transport-failed`). Streams re-read `getStatus` when a transport
   * reconnects, so a rejected publish is delayed, not lost, as long as your records hold it.
   */
  publish(id: string, status: ReportedStatus): Promise<void>;
  /**
   * The reply for `statusUrl` (`GET`/`HEAD`): `200 {"id","status"}` with `Cache-Control:
   * no-store` and `Date`; `404` for an unknown id; `400` for a bad id; `405` for other methods;
   * `503`/`500` when `getStatus` fails (the log gets the details, the client a generic message).
   * Never rejects.
   */
  statusResponse(request: Request, id: string): Promise<Response>;
  /**
   * The reply for `eventsUrl`: a `text/event-stream` that sends the current status at once, then
   * each change, a heartbeat comment every `heartbeatMs`, and ends after a final status or after
   * about `maxStreamMs`. It frees everything as soon as the client goes away (`request.signal`
   * aborts or the body is cancelled). Error replies as for {@link StatusHub.statusResponse}, plus
   * `204` for a client that already saw the final status (`Last-Event-ID`) and `503` beyond
   * `maxStreams`. Never rejects.
   */
  eventsResponse(request: Request, id: string): Promise<Response>;
  /** Ends every stream, stops the timers and closes the transport. Idempotent; never rejects. */
  close(): Promise<void>;
  /** The hub's counters right now. */
  stats(): StatusHubStats;
}

/**
 * Creates the server half of the status protocol.
 *
 * ```ts
 * const hub = createStatusHub({ getStatus: (id) => orders.status(id) });
 * // statusUrl: return hub.statusResponse(request, id)
 * // eventsUrl: return hub.eventsResponse(request, id)
 * // after the provider's verified notification: await hub.publish(id, 'paid')
 * ```
 *
 * @throws {TypeError} when `getStatus` is missing or a numeric option is out of range
 */
export function createStatusHub(options: StatusHubOptions): StatusHub {
  if (typeof options?.getStatus !== 'function') {
    throw new TypeError('createStatusHub: `getStatus(id)` is required and must be a function.');
  }
  const getStatus = options.getStatus;
  const transport = options.transport ?? memoryTransport();
  const timeoutMs = positive('timeoutMs', options.timeoutMs, 5000);
  const heartbeatMs = positive('heartbeatMs', options.heartbeatMs, 15_000);
  const maxStreamMs = positive('maxStreamMs', options.maxStreamMs, 300_000);
  const retryMs = positive('retryMs', options.retryMs, 2000);
  const maxStreams = positive('maxStreams', options.maxStreams, 10_000);
  const maxIdLength = positive('maxIdLength', options.maxIdLength, DEFAULT_MAX_ID_LENGTH);
  const allowOrigin = options.allowOrigin;
  if (allowOrigin !== undefined) {
    try {
      new Headers({ 'access-control-allow-origin': allowOrigin });
    } catch {
      throw new TypeError(
        `createStatusHub: \`allowOrigin\` must be '*' or an origin such as https://shop.example, got ${quote(allowOrigin)}.`,
      );
    }
  }
  const onError = options.onError ?? ((error: StatusHubError) => console.error(error));

  const replies = createReplies(allowOrigin, maxIdLength);
  let closing: Promise<void> | undefined;
  /** Publishes waiting for their transport, and the one timer that bounds them. */
  const inFlight = new Set<{ deadline: number; reject: (error: Error) => void }>();
  let watchdog: ReturnType<typeof setInterval> | undefined;

  function report(error: StatusHubError): void {
    try {
      onError(error);
    } catch {
      // A logger that throws must not take a stream (or the process) down with it.
    }
  }

  // ------------------------------------------------------------------ reading the truth

  /** `getStatus` with a time limit and a checked result: a status, or null for unknown. */
  function read(id: string): Promise<ReportedStatus | null> {
    return new Promise((resolve, reject) => {
      const abort = new AbortController();
      const timer = setTimeout(() => {
        const error = new StatusHubError(
          'get-status-timeout',
          `getStatus(${quote(id)}) did not settle within ${timeoutMs} ms.`,
          { id },
        );
        abort.abort(error);
        reject(error);
      }, timeoutMs);
      const fail = (cause: unknown) => {
        clearTimeout(timer);
        const message = cause instanceof Error ? cause.message : quote(cause);
        reject(
          new StatusHubError('get-status-failed', `getStatus(${quote(id)}) failed: ${message}`, {
            id,
            cause,
          }),
        );
      };
      let result: ReturnType<GetStatus>;
      try {
        result = getStatus(id, abort.signal);
      } catch (error) {
        fail(error);
        return;
      }
      Promise.resolve(result).then((value) => {
        clearTimeout(timer);
        if (value === null || value === undefined) resolve(null);
        else if (isReportedStatus(value)) resolve(value);
        else {
          reject(
            new StatusHubError(
              'invalid-status',
              `getStatus(${quote(id)}) returned ${quote(value)}; return one of pending, paid, failed, expired, cancelled, or null for an unknown id.`,
              { id },
            ),
          );
        }
      }, fail);
    });
  }

  const streams = new StreamRegistry({
    transport,
    retryMs,
    heartbeatMs,
    maxStreamMs,
    read,
    report,
  });

  // ------------------------------------------------------------------ replies

  /** The reply for a failed `getStatus`: the details go to the log only. */
  function readFailure(error: unknown, method: string): Response {
    const hubError =
      error instanceof StatusHubError
        ? error
        : new StatusHubError('get-status-failed', String(error), { cause: error });
    report(hubError);
    if (hubError.code === 'invalid-status') {
      return replies.error(500, 'internal-error', 'The payment status could not be read.', method);
    }
    return replies.unavailable(
      'The payment status is unavailable right now; try again shortly.',
      method,
    );
  }

  async function statusResponse(request: Request, id: string): Promise<Response> {
    const method = methodOf(request);
    const refused = replies.refuse(method, id);
    if (refused) return refused;
    let status: ReportedStatus | null;
    try {
      status = await read(id);
    } catch (error) {
      return readFailure(error, method);
    }
    if (status === null) return replies.notFound(method);
    return replies.json(200, statusJson(id, status), method);
  }

  async function eventsResponse(request: Request, id: string): Promise<Response> {
    const method = methodOf(request);
    const refused = replies.refuse(method, id);
    if (refused) return refused;
    if (closing) return replies.closed(method);
    if (method === 'HEAD') {
      try {
        const status = await read(id);
        if (status === null) return replies.notFound(method);
        return new Response(null, { headers: replies.eventStreamHeaders() });
      } catch (error) {
        return readFailure(error, method);
      }
    }
    if (streams.open >= maxStreams) {
      const message = 'Too many open event streams; retry later.';
      return replies.unavailable(message, method, 'too-many-streams');
    }
    const signal = signalOf(request);
    if (signal?.aborted) return replies.closed(method); // nobody is listening

    // Subscribe before reading, so a status published during the read is not lost.
    const stream = streams.add(id, signal);
    let status: ReportedStatus | null;
    try {
      status = await read(id);
    } catch (error) {
      stream.end();
      return readFailure(error, method);
    }
    if (stream.ended) return replies.closed(method); // the client left or the hub closed meanwhile
    if (status === null) {
      stream.end();
      return replies.notFound(method);
    }
    if (isFinal(status) && headerOf(request, 'last-event-id') === status) {
      stream.end(); // a native EventSource reconnecting after the final status: 204 stops it
      return replies.noContent();
    }
    stream.first = status;
    return new Response(new ReadableStream<Uint8Array>(stream), {
      status: 200,
      headers: replies.eventStreamHeaders(),
    });
  }

  // ------------------------------------------------------------------ publishing

  async function publish(id: string, status: ReportedStatus): Promise<void> {
    const problem = idProblem(id, maxIdLength);
    if (problem) {
      throw new StatusHubError('invalid-id', `publish: the payment id ${quote(id)} ${problem}.`);
    }
    if (!isReportedStatus(status)) {
      throw new StatusHubError(
        'invalid-status',
        `publish(${quote(id)}, ${quote(status)}): not a status; use pending, paid, failed, expired or cancelled.`,
        { id },
      );
    }
    if (closing) throw new StatusHubError('closed', 'publish: the hub is closed.', { id });
    try {
      await bounded(transport.publish(id, status));
    } catch (cause) {
      throw transportError(`publishing ${status} for ${quote(id)}`, id, cause);
    }
  }

  /**
   * `promise`, or a rejection once it took longer than `timeoutMs`. One shared watchdog timer
   * for every publish in flight rather than a timer each: a burst of thousands stays cheap.
   */
  function bounded(promise: Promise<void>): Promise<void> {
    return new Promise((resolve, reject) => {
      const entry = { deadline: Date.now() + timeoutMs, reject };
      inFlight.add(entry);
      if (watchdog === undefined) {
        // Not unref'd: a publish in flight keeps the process up until it settles or times out.
        watchdog = setInterval(sweep, Math.min(Math.max(timeoutMs / 4, 10), 250));
      }
      const settle = () => {
        inFlight.delete(entry);
        if (inFlight.size === 0 && watchdog !== undefined) {
          clearInterval(watchdog);
          watchdog = undefined;
        }
      };
      Promise.resolve(promise).then(
        () => {
          settle();
          resolve();
        },
        (error: unknown) => {
          settle();
          reject(error instanceof Error ? error : new Error(quote(error)));
        },
      );
    });
  }

  function sweep(): void {
    const now = Date.now();
    for (const entry of inFlight) {
      if (now < entry.deadline) continue;
      inFlight.delete(entry);
      entry.reject(new Error(`no answer within ${timeoutMs} ms`));
    }
    if (inFlight.size === 0 && watchdog !== undefined) {
      clearInterval(watchdog);
      watchdog = undefined;
    }
  }

  function close(): Promise<void> {
    closing ??= (async () => {
      streams.closeAll();
      try {
        await transport.close();
      } catch (cause) {
        report(transportError('closing', undefined, cause));
      }
    })();
    return closing;
  }

  return {
    publish,
    statusResponse,
    eventsResponse,
    close,
    stats: () => ({
      streams: streams.open,
      ids: streams.topics.size,
      closed: closing !== undefined,
    }),
  };
}

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value > 0) || Number.isNaN(value)) {
    throw new TypeError(
      `createStatusHub: \`${name}\` must be a positive number, got ${quote(value)}.`,
    );
  }
  return value;
}
