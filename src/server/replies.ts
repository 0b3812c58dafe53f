/**
 * The hub's HTTP replies as Web `Response`s: common headers (Date, nosniff, optional CORS),
 * JSON errors with a generic message, and reading a `Request` defensively. Part of
 * `payment-picker/server`.
 */
import { idProblem, utf8 } from './protocol.js';

/** Time a client waits before retrying after a `503` (seconds). */
export const RETRY_AFTER_SECONDS = 5;

/** The replies of one hub (its CORS setting baked in). */
export function createReplies(allowOrigin: string | undefined, maxIdLength: number) {
  /** Headers every reply has: `Date` (the client reads the server clock from it), nosniff, CORS. */
  function headers(init: Record<string, string>): Headers {
    const result = new Headers(init);
    result.set('date', new Date().toUTCString());
    result.set('x-content-type-options', 'nosniff');
    if (allowOrigin) {
      result.set('access-control-allow-origin', allowOrigin);
      result.set('access-control-expose-headers', 'Date');
      if (allowOrigin !== '*') result.set('vary', 'Origin');
    }
    return result;
  }

  function json(status: number, body: string, method: string, extra: Record<string, string> = {}) {
    const bytes = utf8(body);
    const init = {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(bytes.byteLength),
      'cache-control': 'no-store',
    };
    return new Response(method === 'HEAD' ? null : bytes, {
      status,
      headers: headers({ ...init, ...extra }),
    });
  }

  function error(
    status: number,
    code: string,
    message: string,
    method: string,
    extra?: Record<string, string>,
  ): Response {
    return json(status, JSON.stringify({ error: { code, message } }), method, extra);
  }

  function unavailable(message: string, method: string, code = 'unavailable'): Response {
    return error(503, code, message, method, { 'retry-after': String(RETRY_AFTER_SECONDS) });
  }

  return {
    json,
    error,
    unavailable,
    /** The headers of an event stream, right for proxies (no `Connection`: HTTP/2 forbids it). */
    eventStreamHeaders: () =>
      headers({
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store, no-transform',
        'x-accel-buffering': 'no',
      }),
    noContent: () =>
      new Response(null, { status: 204, headers: headers({ 'cache-control': 'no-store' }) }),
    notFound: (method: string) => error(404, 'not-found', 'No payment with this id.', method),
    closed: (method: string) => unavailable('The server is shutting down; try again.', method),
    /** Method and id checks shared by both endpoints: a reply when the request is refused. */
    refuse(method: string, id: string): Response | null {
      if (method !== 'GET' && method !== 'HEAD') {
        return error(405, 'method-not-allowed', 'Use GET or HEAD.', method, {
          allow: 'GET, HEAD',
        });
      }
      const problem = idProblem(id, maxIdLength);
      return problem ? error(400, 'invalid-id', `The payment id ${problem}.`, method) : null;
    },
  };
}

/** `request.method`, upper-cased; GET when the object has none. */
export function methodOf(request: Request): string {
  const method = (request as Partial<Request> | undefined)?.method;
  return typeof method === 'string' ? method.toUpperCase() : 'GET';
}

/** `request.signal` when it is a usable `AbortSignal`. */
export function signalOf(request: Request): AbortSignal | undefined {
  const signal = (request as Partial<Request> | undefined)?.signal;
  return signal && typeof signal.addEventListener === 'function' ? signal : undefined;
}

/** A request header, or null (also for a request without headers). */
export function headerOf(request: Request, name: string): string | null {
  try {
    return request.headers.get(name);
  } catch {
    return null;
  }
}
