// @ts-check
/**
 * The sandbox wallet provider as one request handler: usable standalone (server.js) and as
 * Connect/Vite middleware (Storybook's dev server). In memory, dev and tests only; never shipped.
 * Routes, the session format and the fault format are documented in README.md.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { clearTimeout, setTimeout } from 'node:timers';
import { URLSearchParams } from 'node:url';
// The status and events endpoints are the package's own server half (dist/server.js, built by
// `npm run build:server`; the package resolves its own name through `exports`).
import { createStatusHub, memoryTransport, toNodeHandler } from 'payment-picker/server';
import { parseFaultQuery, parseFaults } from './faults.js';
import {
  CORS_HEADERS,
  HttpError,
  prefersJson,
  readBody,
  readJsonBody,
  sendError,
  sendJson,
  sendText,
} from './http.js';
import { JSAPI_METHODS, findByJsapi, issueJsapi } from './jsapi.js';
import {
  LANDING_CSP,
  PAGE_CSP,
  renderFriendPage,
  renderLandingPage,
  renderNotFoundPage,
  renderPayPage,
  renderStatusPage,
  resolveLocale,
} from './pages.js';
import { FINAL_STATUSES, STATUSES, SessionStore } from './store.js';
import { MAX_TTL_SECONDS, isHttpUrl, validateCreate } from './validate.js';

/** @typedef {import('node:http').IncomingMessage & {originalUrl?: string}} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {(error?: unknown) => void} Next */
/** @typedef {import('./store.js').SessionRecord} SessionRecord */
/** @typedef {import('./store.js').SessionStatus} SessionStatus */
/** @typedef {import('./faults.js').Faults} Faults */

/**
 * @typedef {object} SandboxOptions
 * @property {() => number} [now] clock in epoch ms (default Date.now)
 * @property {number} [ttlSeconds] default session lifetime (default 900: 15 minutes)
 * @property {number} [maxSessions] sessions kept before the oldest is evicted (default 1000)
 * @property {string} [publicOrigin] origin for the sessions' absolute URLs, e.g.
 *   `http://192.168.1.23:6006` (default: from the request's Host header)
 * @property {number} [heartbeatMs] SSE heartbeat period (default 15000)
 * @property {number} [retryMs] SSE `retry:` hint for reconnecting clients (default 1000)
 * @property {number} [maxStreams] open SSE streams at once before 503 (default 1000)
 * @property {string} [scanOrigin] an origin a phone on the LAN can reach (e.g.
 *   `http://192.168.1.23:6007`), used for the QR payload when the page was opened on a loopback
 *   host, so a phone can scan and pay while the desktop page keeps its own origin for the rest
 * @property {import('payment-picker/server').StatusTransport} [transport] carries status changes
 *   to the streams (default: a memory transport of its own); `redisTransport({url})` for several
 *   instances. `close()` closes it.
 * @property {SessionStore} [store] the sessions; pass one store to several sandboxes to run them
 *   as instances of one shop (the store stands in for the shop's database: every instance reads
 *   the truth from it, while status news reaches other instances' streams only through
 *   `transport`)
 */

/**
 * @typedef {object} Sandbox
 * @property {(req: Request, res: Response, next?: Next) => Promise<void>} handle
 *   the request handler; requests outside `/sandbox/` go to `next()` (404 without one)
 * @property {SessionStore} store the sessions (for tests: `store.size`, `store.get(id)`)
 * @property {import('payment-picker/server').StatusHub} hub serves the status and events
 *   endpoints (for tests: `hub.stats()`)
 * @property {() => Promise<void>} close ends every SSE stream and pending delay, and closes the
 *   transport
 */

/** Host names that only this machine can reach. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The largest JSON body accepted (16 KiB). */
export const MAX_BODY_BYTES = 16 * 1024;
/** The default session lifetime: 15 minutes. */
export const DEFAULT_TTL_SECONDS = 15 * 60;

const PREFIX = '/sandbox';
const ID = '([A-Za-z0-9_-]{1,128})';
const STYLESHEET = readFileSync(new URL('./assets/wallet.css', import.meta.url), 'utf8');
/** The landing page's scripts (read on each request, so edits show without a restart). */
const SCRIPTS = new Set(['landing.js', 'simulated-bridges.js']);
/** The built, self-contained components (`npm run build`), which the landing page loads. */
const CDN_DIR = new URL('../dist/cdn/', import.meta.url);
const CDN_FILE = /^(?:chunks\/)?[\w.-]+\.js(?:\.map)?$/;
const HOST_HEADER = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * @typedef {object} Route
 * @property {string} method
 * @property {RegExp} pattern
 * @property {(ctx: Context) => Promise<void> | void} handler
 */

/**
 * @typedef {object} Context
 * @property {Request} req
 * @property {Response} res
 * @property {URL} url
 * @property {string[]} params
 */

/**
 * Creates a sandbox wallet provider.
 * @param {SandboxOptions} [options]
 * @returns {Sandbox}
 */
export function createSandbox(options = {}) {
  const now = options.now ?? Date.now;
  const ttlSeconds = options.ttlSeconds ?? DEFAULT_TTL_SECONDS;
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > MAX_TTL_SECONDS) {
    throw new RangeError(`ttlSeconds must be an integer from 1 to ${MAX_TTL_SECONDS}`);
  }
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const retryMs = options.retryMs ?? 1000;
  const maxStreams = options.maxStreams ?? 1000;
  const publicOrigin = normalizeOrigin(options.publicOrigin);
  const lanOrigin = normalizeOrigin(options.scanOrigin);
  const store =
    options.store ?? new SessionStore({ now, maxSessions: options.maxSessions ?? 1000 });
  const closing = new globalThis.AbortController();
  const hub = createStatusHub({
    getStatus: (id) => store.get(id)?.status ?? null,
    transport: options.transport ?? memoryTransport(),
    heartbeatMs,
    retryMs,
    maxStreams,
    allowOrigin: '*',
    onError: (error) => console.warn(`[sandbox] ${error.message}`),
  });
  /** Expiry timers of the sessions this instance created: an expiry is news to publish. */
  /** @type {Map<string, ReturnType<typeof setTimeout>>} */
  const expiryTimers = new Map();

  /** @type {Route[]} */
  const routes = [
    { method: 'GET', pattern: /^\/health$/, handler: health },
    { method: 'POST', pattern: /^\/sessions$/, handler: createSession },
    { method: 'GET', pattern: new RegExp(`^/sessions/${ID}$`), handler: readSession },
    { method: 'GET', pattern: new RegExp(`^/sessions/${ID}/status$`), handler: readStatus },
    { method: 'POST', pattern: new RegExp(`^/sessions/${ID}/status$`), handler: forceStatus },
    { method: 'GET', pattern: new RegExp(`^/sessions/${ID}/events$`), handler: events },
    { method: 'POST', pattern: new RegExp(`^/sessions/${ID}/cancel$`), handler: cancel },
    { method: 'POST', pattern: new RegExp(`^/sessions/${ID}/faults$`), handler: setFaults },
    { method: 'GET', pattern: new RegExp(`^/pay/${ID}$`), handler: payPage },
    { method: 'POST', pattern: new RegExp(`^/pay/${ID}/confirm$`), handler: settleAction('paid') },
    {
      method: 'POST',
      pattern: new RegExp(`^/pay/${ID}/decline$`),
      handler: settleAction('failed'),
    },
    { method: 'GET', pattern: new RegExp(`^/friend/${ID}$`), handler: friendPage },
    { method: 'GET', pattern: /^\/assets\/wallet\.css$/, handler: stylesheet },
    { method: 'GET', pattern: new RegExp(`^/landing/${ID}$`), handler: landingPage },
    { method: 'POST', pattern: new RegExp(`^/landing/${ID}/session$`), handler: landingSession },
    { method: 'POST', pattern: /^\/jsapi\/lookup$/, handler: jsapiLookup },
    { method: 'GET', pattern: /^\/assets\/([\w-]+\.js)$/, handler: script },
    { method: 'GET', pattern: /^\/assets\/cdn\/(.+)$/, handler: cdnFile },
  ];

  /** @type {Sandbox['handle']} */
  async function handle(req, res, next) {
    const url = new URL(req.originalUrl ?? req.url ?? '/', 'http://sandbox.invalid');
    const path = url.pathname;
    if (path !== PREFIX && !path.startsWith(`${PREFIX}/`)) {
      if (next) return next();
      return sendError(res, new HttpError(404, 'not-found', `No route for ${path}.`));
    }
    try {
      await route(req, res, url, path.slice(PREFIX.length));
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const httpError =
        error instanceof HttpError
          ? error
          : new HttpError(500, 'internal-error', 'The sandbox failed to handle this request.');
      if (!(error instanceof HttpError)) console.error('[sandbox]', error);
      sendError(res, httpError);
    }
  }

  /**
   * @param {Request} req
   * @param {Response} res
   * @param {URL} url
   * @param {string} path the path below /sandbox
   */
  async function route(req, res, url, path) {
    const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET');
    /** @type {string[]} */
    const allowed = [];
    for (const candidate of routes) {
      const match = candidate.pattern.exec(path);
      if (!match) continue;
      allowed.push(candidate.method);
      if (candidate.method === method) {
        await candidate.handler({ req, res, url, params: match.slice(1) });
        return;
      }
    }
    if (allowed.length === 0) {
      throw new HttpError(404, 'not-found', `No sandbox route for ${url.pathname}.`);
    }
    const allow = [...new Set([...allowed, ...(allowed.includes('GET') ? ['HEAD'] : [])])];
    allow.push('OPTIONS');
    if (req.method === 'OPTIONS') return preflight(req, res, allow);
    throw new HttpError(
      405,
      'method-not-allowed',
      `${req.method} is not allowed on ${url.pathname}; use ${allow.join(', ')}.`,
      null,
      { allow: allow.join(', ') },
    );
  }

  /**
   * @param {Request} req
   * @param {Response} res
   * @param {string[]} allow
   */
  function preflight(req, res, allow) {
    const requested = String(req.headers['access-control-request-headers'] ?? '');
    /** @type {Record<string, string>} */
    const headers = {
      ...CORS_HEADERS,
      allow: allow.join(', '),
      'access-control-allow-methods': allow.join(', '),
      'access-control-allow-headers': /^[\w-]+(\s*,\s*[\w-]+)*$/.test(requested)
        ? requested
        : 'content-type, last-event-id',
      'access-control-max-age': '600',
      'content-length': '0',
    };
    // Chrome's Private Network Access: a public page (a hosted Storybook) calling localhost.
    if (req.headers['access-control-request-private-network'] === 'true') {
      headers['access-control-allow-private-network'] = 'true';
    }
    res.writeHead(204, headers);
    res.end();
  }

  // ---------------------------------------------------------------- API routes

  /** @param {Context} ctx */
  function health({ res }) {
    sendJson(res, 200, { ok: true });
  }

  /** @param {Context} ctx */
  async function createSession({ req, res, url }) {
    const faults = parseFaultQuery(url.searchParams.getAll('fault'));
    const input = validateCreate(await readJsonBody(req, MAX_BODY_BYTES), { ttlSeconds });
    if (faults && (await applyTransportFaults(res, faults))) return;
    const referer = req.headers.referer;
    const session = store.create({
      ...input,
      returnUrl: input.returnUrl ?? (isHttpUrl(referer) ? referer : null),
      origin: publicOrigin ?? requestOrigin(req),
    });
    armExpiry(session.id);
    const body = toPaymentSession(session);
    if (faults?.malformed) return sendMalformed(res, 201, body);
    sendJson(res, 201, body, { location: `${PREFIX}/sessions/${session.id}` });
  }

  /** @param {Context} ctx */
  function readSession({ res, params }) {
    const session = findSession(params[0]);
    sendJson(res, 200, { ...toPaymentSession(session), status: session.status });
  }

  /** @param {Context} ctx */
  async function readStatus({ req, res, url, params }) {
    const queryFaults = parseFaultQuery(url.searchParams.getAll('fault'));
    let session = findSession(params[0]);
    const faults = queryFaults ?? store.takeFaults(session);
    if (faults && (await applyTransportFaults(res, faults))) return;
    session = findSession(params[0]);
    const id = session.id;
    await serveWeb(req, res, async (request) => {
      const response = await hub.statusResponse(request, id);
      if (!faults || response.status !== 200 || request.method === 'HEAD') return response;
      // Data faults bend the hub's reply, as a broken proxy between it and the page would.
      const reply = /** @type {{id: string, status: string}} */ (await response.json());
      const current = store.get(id);
      if (faults.flapToPending && current && FINAL_STATUSES.has(current.status)) {
        current.flapCount += 1;
        if (current.flapCount % 2 === 0) reply.status = 'pending';
      }
      const bent = statusReply(id, reply.status, faults);
      const text = faults.malformed ? malformedJson(bent) : JSON.stringify(bent);
      const headers = new globalThis.Headers(response.headers);
      headers.delete('content-length'); // the bent body has its own length
      return new globalThis.Response(text, { status: 200, headers });
    });
  }

  /** @param {Context} ctx */
  async function forceStatus({ req, res, params }) {
    const body = await readJsonBody(req, MAX_BODY_BYTES);
    const session = findSession(params[0]);
    const status = /** @type {{status?: unknown} | null} */ (body)?.status;
    if (!STATUSES.includes(/** @type {SessionStatus} */ (status))) {
      throw new HttpError(
        400,
        'invalid-field',
        `"status" must be one of ${STATUSES.map((s) => `"${s}"`).join(', ')}.`,
        'status',
      );
    }
    const updated = store.force(session.id, /** @type {SessionStatus} */ (status));
    publish(session.id);
    sendJson(res, 200, { id: session.id, status: updated?.status ?? status });
  }

  /** @param {Context} ctx */
  async function cancel({ req, res, params }) {
    await drain(req);
    const session = findSession(params[0]);
    const result = store.settle(session.id, 'cancelled');
    if (!result.ok) throw settledError(session);
    publish(session.id);
    sendJson(res, 200, { id: session.id, status: result.session.status });
  }

  /** @param {Context} ctx */
  async function setFaults({ req, res, params }) {
    const body = await readJsonBody(req, MAX_BODY_BYTES);
    const session = findSession(params[0]);
    const faults = parseFaults(body, 'faults');
    store.setFaults(session, faults);
    sendJson(res, 200, { id: session.id, faults, remaining: faultsRemaining(session) });
  }

  /** @param {Context} ctx */
  async function events({ req, res, url, params }) {
    const queryFaults = parseFaultQuery(url.searchParams.getAll('fault'));
    let session = findSession(params[0]);
    const faults = queryFaults ?? store.takeFaults(session);
    if (faults && (await applyTransportFaults(res, faults))) return;
    session = findSession(params[0]);
    const id = session.id;
    // The hub serves the stream (current status, changes, heartbeats, end after the final
    // status, 204 for a Last-Event-ID that already saw it, 503 beyond maxStreams). The sandbox
    // adds one thing a real shop does not have: a session evicted from the bounded store ends
    // its streams (the request's signal aborts).
    const evicted = new globalThis.AbortController();
    const unsubscribe = store.subscribe(id, (current) => {
      if (!current) evicted.abort();
    });
    try {
      await serveWeb(req, res, async (request) => {
        const signal = globalThis.AbortSignal.any([request.signal, evicted.signal]);
        const response = await hub.eventsResponse(new globalThis.Request(request, { signal }), id);
        return faults ? bendEvents(response, faults) : response;
      });
    } finally {
      unsubscribe();
    }
  }

  // ---------------------------------------------------------------- HTML routes

  /** @param {Context} ctx */
  function payPage({ req, res, url, params }) {
    const context = pageContext(req, url);
    const session = store.get(params[0]);
    if (!session) return sendHtml(res, 404, renderNotFoundPage(context.locale));
    if (session.status !== 'pending') return sendHtml(res, 200, renderStatusPage(session, context));
    sendHtml(res, 200, renderPayPage(session, context));
  }

  /** @param {Context} ctx */
  function friendPage({ req, res, url, params }) {
    const context = pageContext(req, url);
    const session = store.get(params[0]);
    if (!session) return sendHtml(res, 404, renderNotFoundPage(context.locale));
    if (session.status !== 'pending') return sendHtml(res, 200, renderStatusPage(session, context));
    sendHtml(res, 200, renderFriendPage(session, context));
  }

  /**
   * Confirm (→ paid) or Decline (→ failed): a form post from the wallet page (HTML reply) or a
   * fetch asking for JSON (a test, a Storybook control).
   * @param {'paid' | 'failed'} status
   */
  function settleAction(status) {
    /** @param {Context} ctx */
    return async ({ req, res, url, params }) => {
      await drain(req);
      const json = prefersJson(req);
      const context = pageContext(req, url);
      const found = store.get(params[0]);
      if (!found) {
        if (json) throw new HttpError(404, 'not-found', `No session ${params[0]}.`);
        return sendHtml(res, 404, renderNotFoundPage(context.locale));
      }
      const result = store.settle(found.id, status);
      if (result.ok) publish(found.id);
      if (!result.ok) {
        if (json) throw settledError(found);
        return sendHtml(res, 409, renderStatusPage(found, { ...context, unchanged: true }));
      }
      if (json) return sendJson(res, 200, { id: found.id, status: found.status });
      sendHtml(res, 200, renderStatusPage(found, context));
    };
  }

  /** @param {Context} ctx */
  function stylesheet({ res }) {
    sendText(res, 200, STYLESHEET, 'text/css; charset=utf-8', { 'cache-control': 'no-cache' });
  }

  // ---------------------------------------------------------------- any-app code

  /**
   * The landing page an any-app code opens on the phone: the order, `<payment-picker
   * prefer-in-app>` with the code's wallets, a pay button and `<wallet-redirect>`.
   * @param {Context} ctx
   */
  function landingPage({ req, res, url, params }) {
    const context = pageContext(req, url);
    const session = store.get(params[0]);
    if (!session?.scanWith) return sendHtml(res, 404, renderNotFoundPage(context.locale));
    if (session.status !== 'pending') return sendHtml(res, 200, renderStatusPage(session, context));
    const built = existsSync(new URL('payment-picker.min.js', CDN_DIR));
    sendHtml(res, 200, renderLandingPage(session, { ...context, built }), LANDING_CSP);
  }

  /**
   * The shopper chose a wallet on the landing page: the PaymentSession of the same order for
   * that wallet, with `jsapi` to pay inside its app (WeChat Pay, Alipay) and the sandbox's wallet
   * page as the redirect for any other browser.
   * @param {Context} ctx
   */
  async function landingSession({ req, res, params }) {
    const body = /** @type {{method?: unknown} | null} */ (await readJsonBody(req, MAX_BODY_BYTES));
    const session = store.get(params[0]);
    if (!session?.scanWith) {
      throw new HttpError(404, 'not-found', `No any-app session ${params[0]}.`, 'id');
    }
    const method = body?.method;
    if (typeof method !== 'string' || !session.scanWith.includes(method)) {
      throw new HttpError(
        400,
        'invalid-field',
        `"method" must be one of this code's wallets: ${session.scanWith.map((id) => `"${id}"`).join(', ')}.`,
        'method',
      );
    }
    if (session.status !== 'pending') throw settledError(session);
    const jsapi = await issueJsapi(session, method, now());
    session.chosenMethod = method;
    const origin = publicOrigin ?? requestOrigin(req);
    const base = `${origin}${PREFIX}`;
    const id = encodeURIComponent(session.id);
    const redirect = new URLSearchParams({ via: 'redirect', return: `${base}/landing/${id}` });
    sendJson(res, 200, {
      ...orderFields(session, method),
      ...(session.flows.includes('redirect') && { redirectUrl: `${base}/pay/${id}?${redirect}` }),
      ...(session.flows.includes('share') && { shareUrl: `${base}/friend/${id}` }),
      statusUrl: `${base}/sessions/${id}/status`,
      eventsUrl: `${base}/sessions/${id}/events`,
      ...(jsapi && { jsapi }),
    });
  }

  /**
   * What a wallet app's pay sheet does first: find the order behind the prepay id or trade
   * number it was called with (the simulated bridges call this). 400 `invalid-jsapi` when a
   * field differs from what was issued, as a provider refuses a bad signature.
   * @param {Context} ctx
   */
  async function jsapiLookup({ req, res }) {
    const body = /** @type {{method?: unknown, jsapi?: unknown} | null} */ (
      await readJsonBody(req, MAX_BODY_BYTES)
    );
    const method = body?.method;
    if (typeof method !== 'string' || !JSAPI_METHODS.includes(method)) {
      throw new HttpError(
        400,
        'invalid-field',
        '"method" must be "wechat-pay" or "alipay".',
        'method',
      );
    }
    const jsapi = body?.jsapi;
    if (typeof jsapi !== 'object' || jsapi === null || Array.isArray(jsapi)) {
      throw new HttpError(400, 'invalid-field', '"jsapi" must be an object.', 'jsapi');
    }
    const result = findByJsapi(store, method, /** @type {Record<string, unknown>} */ (jsapi));
    if ('error' in result) {
      if (result.error === 'mismatch') {
        throw new HttpError(
          400,
          'invalid-jsapi',
          'The payment data differs from what the sandbox issued (a real wallet would refuse the signature).',
          'jsapi',
        );
      }
      throw new HttpError(
        404,
        'not-found',
        'No order has this prepay id or trade number.',
        'jsapi',
      );
    }
    const session = result.found;
    sendJson(res, 200, {
      ...orderFields(session, method),
      status: session.status,
    });
  }

  /** @param {Context} ctx */
  async function script({ res, params }) {
    if (!SCRIPTS.has(params[0])) throw new HttpError(404, 'not-found', `No asset ${params[0]}.`);
    const text = await readFile(new URL(`./assets/${params[0]}`, import.meta.url), 'utf8');
    sendText(res, 200, text, 'text/javascript; charset=utf-8', { 'cache-control': 'no-cache' });
  }

  /** @param {Context} ctx */
  async function cdnFile({ res, params }) {
    const file = params[0];
    let text;
    try {
      if (!CDN_FILE.test(file)) throw new Error('not a CDN file');
      text = await readFile(new URL(file, CDN_DIR), 'utf8');
    } catch {
      throw new HttpError(
        404,
        'not-found',
        `No built file ${file} (run \`npm run build\` to build dist/cdn/).`,
      );
    }
    const type = file.endsWith('.map') ? 'application/json' : 'text/javascript';
    sendText(res, 200, text, `${type}; charset=utf-8`, { 'cache-control': 'no-cache' });
  }

  // ---------------------------------------------------------------- helpers

  /** @param {string} id */
  function findSession(id) {
    const session = store.get(id);
    if (!session) throw new HttpError(404, 'not-found', `No session ${id}.`, 'id');
    return session;
  }

  /** @param {SessionRecord} session */
  function settledError(session) {
    return new HttpError(
      409,
      'session-final',
      `The session is already ${session.status}; it can no longer change.`,
    );
  }

  /** @param {SessionRecord} session */
  function faultsRemaining(session) {
    return session.faults && Number.isFinite(session.faultsLeft) ? session.faultsLeft : null;
  }

  /**
   * The origin a phone uses to open the pay page: `origin` itself, or `scanOrigin` in place of a
   * loopback origin (a phone cannot reach the desktop's `localhost`).
   * @param {string} origin
   */
  function scanOrigin(origin) {
    if (!lanOrigin || !LOOPBACK_HOSTS.has(new URL(origin).hostname)) return origin;
    return lanOrigin;
  }

  /**
   * The PaymentSession the shop's server would return.
   * @param {SessionRecord} session
   */
  function toPaymentSession(session) {
    const base = `${session.origin}${PREFIX}`;
    const id = encodeURIComponent(session.id);
    const pay = `${base}/pay/${id}`;
    const scanPay = `${scanOrigin(session.origin)}${PREFIX}/pay/${id}`;
    const redirect = new URLSearchParams({ via: 'redirect' });
    if (session.returnUrl) redirect.set('return', session.returnUrl);
    if (session.scanWith) {
      // An any-app code: the code, and the link on a phone, open the shop's landing page, which
      // pays inside whichever app opened it.
      const landing = `${base}/landing/${id}`;
      return {
        id: session.id,
        method: session.method,
        amount: session.amount,
        currency: session.currency,
        payee: session.payee,
        expiresAt: new Date(session.expiresAt).toISOString(),
        ...(session.flows.includes('qr') && {
          qrPayload: `${scanOrigin(session.origin)}${PREFIX}/landing/${id}`,
        }),
        ...(session.flows.includes('redirect') && { redirectUrl: landing }),
        ...(session.flows.includes('share') && { shareUrl: `${base}/friend/${id}` }),
        statusUrl: `${base}/sessions/${id}/status`,
        eventsUrl: `${base}/sessions/${id}/events`,
        scanWith: [...session.scanWith],
      };
    }
    return {
      id: session.id,
      method: session.method,
      amount: session.amount,
      currency: session.currency,
      payee: session.payee,
      expiresAt: new Date(session.expiresAt).toISOString(),
      ...(session.flows.includes('qr') && { qrPayload: scanPay }),
      ...(session.flows.includes('redirect') && { redirectUrl: `${pay}?${redirect}` }),
      ...(session.flows.includes('share') && { shareUrl: `${base}/friend/${id}` }),
      statusUrl: `${base}/sessions/${id}/status`,
      eventsUrl: `${base}/sessions/${id}/events`,
    };
  }

  /**
   * Delay, drop or an error status. Returns true when the request has been answered (or is gone).
   * @param {Response} res
   * @param {Faults} faults
   */
  async function applyTransportFaults(res, faults) {
    if (faults.delayMs && !(await wait(faults.delayMs, res))) {
      res.destroy(); // the client left, or the sandbox is closing: free the socket
      return true;
    }
    if (faults.drop) {
      res.destroy();
      return true;
    }
    if (faults.status) {
      sendError(
        res,
        new HttpError(faults.status, 'injected-fault', `Injected fault: HTTP ${faults.status}.`),
      );
      return true;
    }
    return false;
  }

  /**
   * Resolves true after `ms`, or false as soon as the client goes away or the sandbox closes.
   * @param {number} ms
   * @param {Response} res
   * @returns {Promise<boolean>}
   */
  function wait(ms, res) {
    if (closing.signal.aborted) return Promise.resolve(false);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        cleanup();
        resolve(true);
      }, ms);
      const stop = () => {
        clearTimeout(timer);
        cleanup();
        resolve(false);
      };
      const cleanup = () => {
        res.off('close', stop);
        closing.signal.removeEventListener('abort', stop);
      };
      res.once('close', stop);
      closing.signal.addEventListener('abort', stop, { once: true });
    });
  }

  /**
   * @param {Request} req
   * @param {URL} url
   */
  function pageContext(req, url) {
    const lang = url.searchParams.get('lang');
    return {
      locale: resolveLocale(lang, req.headers['accept-language']),
      lang,
      now: now(),
      via: url.searchParams.get('via'),
      returnUrl: url.searchParams.get('return'),
    };
  }

  /**
   * Tells every stream (on any instance sharing the transport) about a change this instance
   * made. A failed publish is only logged: the store holds the truth, and streams re-read it
   * when the transport reconnects.
   * @param {string} id
   */
  function publish(id) {
    const session = store.get(id);
    if (!session) return;
    hub.publish(id, session.status).catch((/** @type {Error} */ error) => {
      console.warn(`[sandbox] ${error.message}`);
    });
  }

  /**
   * Publishes the expiry of a session this instance created when its time is up (the store
   * only notices expiry when read). Re-armed while the injected clock says it is not due yet.
   * @param {string} id
   */
  function armExpiry(id) {
    const session = store.get(id);
    clearTimeout(expiryTimers.get(id));
    expiryTimers.delete(id);
    if (!session || closing.signal.aborted) return;
    if (session.status !== 'pending') {
      if (session.status === 'expired') publish(id);
      return;
    }
    const left = Math.min(Math.max(session.expiresAt - now(), 0) + 5, 2 ** 31 - 1);
    const timer = setTimeout(() => armExpiry(id), left);
    timer.unref();
    expiryTimers.set(id, timer);
  }

  /**
   * Serves a Web `Request` → `Response` function on this Node request: the way a shop mounts
   * `payment-picker/server` on `node:http` or Express.
   * @param {Request} req
   * @param {Response} res
   * @param {(request: globalThis.Request) => Promise<globalThis.Response>} handler
   */
  function serveWeb(req, res, handler) {
    return toNodeHandler(handler)(req, res);
  }

  function close() {
    closing.abort();
    for (const timer of expiryTimers.values()) clearTimeout(timer);
    expiryTimers.clear();
    return hub.close();
  }

  return { handle, store, hub, close };
}

/**
 * The `{id, status}` reply, bent by the data faults (`wrongId`, `unknownStatus`).
 * @param {string} id
 * @param {string} status
 * @param {Faults | null} faults
 */
function statusReply(id, status, faults) {
  return {
    id: faults?.wrongId ? randomUUID() : id,
    status: faults?.unknownStatus ? 'processing' : status,
  };
}

/**
 * JSON with its end cut off: what a proxy that truncates replies would deliver.
 * @param {unknown} value
 */
function malformedJson(value) {
  const text = JSON.stringify(value);
  return text.slice(0, Math.max(1, text.length - 3));
}

/**
 * The hub's event stream with each event's data bent by the data faults (`malformed`, `wrongId`,
 * `unknownStatus`), as a broken proxy between the hub and the page would. The hub writes whole
 * events per chunk, so each chunk is rewritten on its own.
 * @param {globalThis.Response} response
 * @param {Faults} faults
 */
function bendEvents(response, faults) {
  if (!response.body || !(faults.malformed || faults.wrongId || faults.unknownStatus)) {
    return response;
  }
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const body = response.body.pipeThrough(
    new TransformStream({
      transform(chunk, controller) {
        const text = decoder
          .decode(chunk, { stream: true })
          .replace(/^data: (.*)$/gm, (_, data) => {
            const reply = JSON.parse(data);
            const bent = statusReply(reply.id, reply.status, faults);
            return `data: ${faults.malformed ? malformedJson(bent) : JSON.stringify(bent)}`;
          });
        controller.enqueue(encoder.encode(text));
      },
    }),
  );
  return new globalThis.Response(body, { status: response.status, headers: response.headers });
}

/**
 * @param {Response} res
 * @param {number} status
 * @param {unknown} value
 */
function sendMalformed(res, status, value) {
  sendText(res, status, malformedJson(value), 'application/json; charset=utf-8');
}

/**
 * @param {Response} res
 * @param {number} status
 * @param {string} html
 * @param {string} [csp] the page's Content-Security-Policy (default: no scripts at all)
 */
function sendHtml(res, status, html, csp = PAGE_CSP) {
  sendText(res, status, html, 'text/html; charset=utf-8', {
    'content-security-policy': csp,
    'referrer-policy': 'no-referrer',
  });
}

/**
 * Reads and discards a small body (form posts carry none we need).
 * @param {Request} req
 */
async function drain(req) {
  await readBody(req, MAX_BODY_BYTES);
}

/**
 * The origin the client used, from the Host header (validated: it ends up in URLs).
 * @param {Request} req
 */
function requestOrigin(req) {
  const protocol = /** @type {{encrypted?: boolean}} */ (req.socket).encrypted ? 'https' : 'http';
  const host = req.headers.host;
  if (host && HOST_HEADER.test(host)) return `${protocol}://${host}`;
  if (host) throw new HttpError(400, 'invalid-host', 'The Host header is not a valid host.');
  const address = req.socket.localAddress ?? '127.0.0.1';
  const hostname = address.includes(':') ? `[${address}]` : address;
  return `${protocol}://${hostname}:${req.socket.localPort}`;
}

/**
 * @param {string | undefined} origin
 * @returns {string | null}
 */
function normalizeOrigin(origin) {
  if (origin === undefined || origin === '') return null;
  let url;
  try {
    url = new URL(origin);
  } catch {
    throw new TypeError(`publicOrigin must be an absolute http(s) URL, got ${origin}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`publicOrigin must be an http: or https: URL, got ${origin}`);
  }
  return url.origin;
}

/**
 * What every reply about an order in a chosen wallet starts with: its id, the method, the amount,
 * the payee and the expiry.
 * @param {SessionRecord} session
 * @param {string} method
 */
function orderFields(session, method) {
  return {
    id: session.id,
    method,
    amount: session.amount,
    currency: session.currency,
    payee: session.payee,
    expiresAt: new Date(session.expiresAt).toISOString(),
  };
}
