/**
 * {@link toNodeHandler}: serves a Web `Request` → `Response` function from `node:http` or
 * Express, streaming the body as it comes (Server-Sent Events included) and telling the function
 * when the client goes away. Plain Web APIs and structural types: no `node:` import, so this
 * entry also loads in runtimes without Node's modules. Part of `payment-picker/server`.
 */
import { utf8 } from './protocol.js';

/** A function from a Web `Request` to a `Response`, like `hub.statusResponse` wrapped in a route. */
export type WebHandler = (request: Request) => Response | Promise<Response>;

/** The part of `node:http`'s `IncomingMessage` (or Express's `req`) that {@link toNodeHandler} reads. */
export interface NodeRequestLike extends AsyncIterable<Uint8Array | string> {
  method?: string | undefined;
  url?: string | undefined;
  /** Express: the URL before the router stripped its mount path. */
  originalUrl?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  /** `node:tls` sockets have `encrypted: true`: the request came over https. */
  socket?: unknown;
}

/** The part of `node:http`'s `ServerResponse` (or Express's `res`) that {@link toNodeHandler} uses. */
export interface NodeResponseLike {
  readonly headersSent: boolean;
  readonly writableEnded: boolean;
  readonly destroyed?: boolean;
  writeHead(status: number, headers: Record<string, string | string[]>): unknown;
  flushHeaders?(): void;
  write(chunk: Uint8Array): boolean;
  end(chunk?: string): unknown;
  once(event: 'close' | 'drain', listener: () => void): unknown;
  off(event: 'close' | 'drain', listener: () => void): unknown;
  destroy(error?: Error): unknown;
}

/** What {@link toNodeHandler} returns: a `node:http` request listener and an Express handler. */
export type NodeHandler = (
  req: NodeRequestLike,
  res: NodeResponseLike,
  next?: (error?: unknown) => void,
) => Promise<void>;

/**
 * Adapts `(request: Request) => Response | Promise<Response>` to `(req, res, next?)` for
 * `node:http`'s `createServer` and for Express routes:
 *
 * ```js
 * app.get('/payments/:id/events', toNodeHandler((request) => hub.eventsResponse(request, id)));
 * ```
 *
 * The `Request` gets the full URL (from `Host`, the socket's TLS and Express's `originalUrl`),
 * the headers, a streamed body for methods that have one, and a `signal` that aborts when the
 * client disconnects before the reply ends. The reply's status, headers (every `Set-Cookie`
 * kept) and body are written as they come, with back-pressure; a client that leaves cancels the
 * body, which is how an event stream learns to free its resources. If the function throws, the
 * error goes to Express's `next` when there is one, otherwise the client gets a plain `500`
 * (no details).
 */
export function toNodeHandler(handler: WebHandler): NodeHandler {
  if (typeof handler !== 'function') {
    throw new TypeError('toNodeHandler: pass a function (request: Request) => Response.');
  }
  return async (req, res, next) => {
    const abort = new AbortController();
    let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
    // The client left before the reply ended: abort the request, cancel the body.
    const onClose = () => {
      if (res.writableEnded) return;
      abort.abort();
      reader?.cancel().catch(() => {});
    };
    res.once('close', onClose);
    try {
      let response: Response;
      try {
        response = await handler(toRequest(req, abort.signal));
      } catch (error) {
        if (next) return next(error);
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
          res.end('Internal Server Error');
        } else res.destroy();
        return;
      }
      res.writeHead(response.status, nodeHeaders(response.headers));
      const body = response.body;
      if (!body || (req.method ?? 'GET').toUpperCase() === 'HEAD' || abort.signal.aborted) {
        res.end();
        await body?.cancel().catch(() => {});
        return;
      }
      res.flushHeaders?.();
      reader = body.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          if (res.destroyed) return;
          if (!res.write(value)) await drained(res);
        }
        // Ending a response costs several times a write (the socket is released or closed): on
        // the next turn of the event loop, so that in a burst every stream's last event leaves
        // first.
        await nextTurn();
        if (!res.writableEnded && !res.destroyed) res.end();
      } catch {
        // The body failed mid-way: cut the connection so the client sees an incomplete reply.
        res.destroy();
      }
    } finally {
      res.off('close', onClose);
    }
  };
}

/** The Web `Request` for a Node request. */
function toRequest(req: NodeRequestLike, signal: AbortSignal): Request {
  const method = (req.method ?? 'GET').toUpperCase();
  const protocol = (req.socket as { encrypted?: unknown } | null)?.encrypted ? 'https' : 'http';
  const host = typeof req.headers.host === 'string' ? req.headers.host : 'localhost';
  let url: URL;
  try {
    url = new URL(req.originalUrl ?? req.url ?? '/', `${protocol}://${host}`);
  } catch {
    url = new URL(req.originalUrl ?? req.url ?? '/', `${protocol}://localhost`);
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (name.startsWith(':') || value === undefined) continue; // HTTP/2 pseudo-headers
    for (const item of Array.isArray(value) ? value : [value]) {
      try {
        headers.append(name, item);
      } catch {
        // A header value the Fetch standard refuses: leave it out rather than fail the request.
      }
    }
  }
  const init: RequestInit & { duplex?: 'half' } = { method, headers, signal };
  if (method !== 'GET' && method !== 'HEAD') {
    const iterator = req[Symbol.asyncIterator]();
    init.body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next: IteratorResult<Uint8Array | string> = await iterator.next();
        if (next.done) controller.close();
        else {
          const chunk = next.value;
          controller.enqueue(typeof chunk === 'string' ? utf8(chunk) : new Uint8Array(chunk));
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    });
    init.duplex = 'half';
  }
  return new Request(url, init);
}

/** A `Response`'s headers for `writeHead`, every `Set-Cookie` kept apart. */
function nodeHeaders(source: Headers): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  source.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = source.getSetCookie?.() ?? [];
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  return headers;
}

/** Resolves after the I/O of this turn of the event loop (`setImmediate` where it exists). */
function nextTurn(): Promise<void> {
  const immediate = (globalThis as { setImmediate?: (fn: () => void) => unknown }).setImmediate;
  return new Promise((resolve) => (immediate ? immediate(resolve) : setTimeout(resolve, 0)));
}

/** Resolves when the response can take more data, or is gone. */
function drained(res: NodeResponseLike): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });
}
