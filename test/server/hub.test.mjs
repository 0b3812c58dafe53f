// The hub on the memory transport: both replies byte for byte (status JSON, event stream), what
// bad input gets, cleanup when clients leave, and the browser client following a payment
// through it over real HTTP.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { StatusHubError, createStatusHub, memoryTransport } from '../../dist/server.js';
import { loadStatusClient, readSse, serveHub, since, statuses } from './support/sse.mjs';

/** Every unhandled rejection or uncaught exception while these tests run fails them. */
const crashes = [];
const onCrash = (error) => crashes.push(error);
process.on('unhandledRejection', onCrash);
process.on('uncaughtException', onCrash);
after(() => {
  process.off('unhandledRejection', onCrash);
  process.off('uncaughtException', onCrash);
  assert.deepEqual(crashes, [], 'nothing escaped as an unhandled error');
});

/**
 * A hub over an in-memory "orders table", with its errors collected.
 * @param {import('node:test').TestContext} t
 * @param {Partial<import('../../dist/types/server/index.js').StatusHubOptions>} [options]
 */
function useHub(t, options = {}) {
  const orders = new Map([
    ['order-1', 'pending'],
    ['order-2', 'pending'],
    ['paid-1', 'paid'],
  ]);
  /** @type {StatusHubError[]} */
  const errors = [];
  const transport = options.transport ?? memoryTransport();
  const hub = createStatusHub({
    getStatus: (id) => orders.get(id) ?? null,
    onError: (error) => errors.push(error),
    ...options,
    transport,
  });
  t.after(() => hub.close());
  /** Records a change and publishes it, as a shop's notification handler does. */
  const set = async (id, status) => {
    orders.set(id, status);
    await hub.publish(id, status);
  };
  return { hub, orders, errors, transport, set };
}

/** @param {string} path @param {RequestInit} [init] */
const request = (path, init) => new Request(`http://shop.test${path}`, init);

describe('statusResponse', () => {
  test('200 {"id","status"} with no-store, a Date and nothing else of note', async (t) => {
    const { hub } = useHub(t);
    const before = Math.floor(Date.now() / 1000) * 1000;
    const response = await hub.statusResponse(request('/s'), 'order-1');
    assert.equal(response.status, 200);
    assert.equal(await response.text(), '{"id":"order-1","status":"pending"}');
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(response.headers.get('content-length'), '35');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    const date = Date.parse(response.headers.get('date') ?? '');
    assert.ok(date >= before && date <= Date.now(), 'Date is the server clock, whole seconds');
    assert.equal(response.headers.get('access-control-allow-origin'), null, 'no CORS by default');
  });

  test('404 for an unknown id; HEAD has the headers and no body', async (t) => {
    const { hub } = useHub(t);
    const missing = await hub.statusResponse(request('/s'), 'nope');
    assert.equal(missing.status, 404);
    assert.deepEqual(await missing.json(), {
      error: { code: 'not-found', message: 'No payment with this id.' },
    });
    assert.equal(missing.headers.get('cache-control'), 'no-store');
    const head = await hub.statusResponse(request('/s', { method: 'HEAD' }), 'paid-1');
    assert.equal(head.status, 200);
    assert.equal(head.body, null);
  });

  test('400 for bad ids, 405 for other methods; getStatus is not asked', async (t) => {
    let asked = 0;
    const { hub } = useHub(t, {
      getStatus: () => {
        asked++;
        return 'pending';
      },
    });
    for (const id of ['', 'a\nb', 'a\u0000', 'tab\there', 'x'.repeat(201), '\u2028', 'a\ud800']) {
      const response = await hub.statusResponse(request('/s'), id);
      assert.equal(response.status, 400, JSON.stringify(id));
      assert.equal((await response.json()).error.code, 'invalid-id');
      const events = await hub.eventsResponse(request('/e'), id);
      assert.equal(events.status, 400, JSON.stringify(id));
    }
    assert.equal((await hub.statusResponse(request('/s'), '订单-42 #7')).status, 200);
    const post = await hub.statusResponse(request('/s', { method: 'POST' }), 'order-1');
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('allow'), 'GET, HEAD');
    assert.equal(asked, 1);
  });

  test('allowOrigin adds CORS and exposes Date to the page', async (t) => {
    const { hub } = useHub(t, { allowOrigin: 'https://shop.example' });
    const response = await hub.statusResponse(request('/s'), 'order-1');
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://shop.example');
    assert.equal(response.headers.get('access-control-expose-headers'), 'Date');
    assert.equal(response.headers.get('vary'), 'Origin');
  });

  test('getStatus throwing: 503, a generic message, the details in onError only', async (t) => {
    const { hub, errors } = useHub(t, {
      getStatus: () => {
        throw new Error('connect ECONNREFUSED db.internal:5432 password=hunter2');
      },
    });
    const response = await hub.statusResponse(request('/s'), 'order-1');
    assert.equal(response.status, 503);
    assert.equal(response.headers.get('retry-after'), '5');
    const text = await response.text();
    assert.doesNotMatch(text, /ECONNREFUSED|hunter2|db\.internal|at /);
    assert.equal(JSON.parse(text).error.code, 'unavailable');
    assert.equal(errors.length, 1);
    assert.ok(errors[0] instanceof StatusHubError);
    assert.equal(errors[0].code, 'get-status-failed');
    assert.equal(errors[0].id, 'order-1');
    assert.match(errors[0].message, /ECONNREFUSED/);
  });

  test('getStatus rejecting, or returning a non-status: 503 and 500, reported', async (t) => {
    const { hub, errors } = useHub(t, {
      getStatus: async (id) => {
        if (id === 'weird') return 'refunded';
        throw new TypeError('boom');
      },
    });
    assert.equal((await hub.statusResponse(request('/s'), 'x')).status, 503);
    const weird = await hub.statusResponse(request('/s'), 'weird');
    assert.equal(weird.status, 500);
    assert.deepEqual(await weird.json(), {
      error: { code: 'internal-error', message: 'The payment status could not be read.' },
    });
    assert.deepEqual(
      errors.map((e) => e.code),
      ['get-status-failed', 'invalid-status'],
    );
    assert.match(errors[1].message, /"refunded"/);
  });

  test('getStatus that never settles: 503 after timeoutMs, and its signal is aborted', async (t) => {
    /** @type {AbortSignal | undefined} */
    let seen;
    const { hub, errors } = useHub(t, {
      timeoutMs: 100,
      getStatus: (id, signal) => {
        seen = signal;
        return new Promise(() => {});
      },
    });
    const start = performance.now();
    const response = await hub.statusResponse(request('/s'), 'order-1');
    assert.equal(response.status, 503);
    assert.ok(since(start) >= 95 && since(start) < 1000, `${since(start)} ms`);
    assert.equal(seen?.aborted, true);
    assert.equal(errors[0].code, 'get-status-timeout');
  });
});

describe('eventsResponse', () => {
  test('headers for proxies; retry, the current status, a change, then the end', async (t) => {
    const { hub, set } = useHub(t, { retryMs: 1500 });
    const response = await hub.eventsResponse(request('/e'), 'order-1');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/event-stream; charset=utf-8');
    assert.equal(response.headers.get('cache-control'), 'no-store, no-transform');
    assert.equal(response.headers.get('x-accel-buffering'), 'no');
    assert.equal(response.headers.get('connection'), null);
    assert.ok(response.headers.get('date'));
    const sse = readSse(/** @type {ReadableStream<Uint8Array>} */ (response.body));
    await sse.until((s) => s.events.length === 1);
    assert.equal(sse.retry, 1500);
    assert.deepEqual(sse.events[0], {
      id: 'pending',
      data: '{"id":"order-1","status":"pending"}',
      at: sse.events[0].at,
    });
    await set('order-1', 'pending'); // no change: nothing sent
    await set('order-1', 'paid');
    await sse.until((s) => s.ended);
    assert.deepEqual(statuses(sse), ['pending', 'paid']);
    assert.equal(sse.events[1].id, 'paid');
    assert.deepEqual(hub.stats(), { streams: 0, ids: 0, closed: false });
  });

  test('the exact bytes', async (t) => {
    const { hub, set } = useHub(t);
    const response = await hub.eventsResponse(request('/e'), 'order-1');
    const text = response.text();
    await set('order-1', 'failed');
    assert.equal(
      await text,
      'retry: 2000\n\nid: pending\ndata: {"id":"order-1","status":"pending"}\n\n' +
        'id: failed\ndata: {"id":"order-1","status":"failed"}\n\n',
    );
  });

  test('an already-final payment: one event, the end; a Last-Event-ID that saw it: 204', async (t) => {
    const { hub } = useHub(t);
    const response = await hub.eventsResponse(request('/e'), 'paid-1');
    assert.equal(
      await response.text(),
      'retry: 2000\n\nid: paid\ndata: {"id":"paid-1","status":"paid"}\n\n',
    );
    const again = await hub.eventsResponse(
      request('/e', { headers: { 'last-event-id': 'paid' } }),
      'paid-1',
    );
    assert.equal(again.status, 204);
    const stale = await hub.eventsResponse(
      request('/e', { headers: { 'last-event-id': 'pending' } }),
      'paid-1',
    );
    assert.equal(stale.status, 200);
    await stale.body?.cancel();
    assert.equal(hub.stats().streams, 0);
  });

  test('404, 503 and HEAD; no stream is left behind', async (t) => {
    const { hub } = useHub(t, { maxStreams: 2 });
    assert.equal((await hub.eventsResponse(request('/e'), 'nope')).status, 404);
    const head = await hub.eventsResponse(request('/e', { method: 'HEAD' }), 'order-1');
    assert.equal(head.status, 200);
    assert.equal(head.body, null);
    const a = await hub.eventsResponse(request('/e'), 'order-1');
    const b = await hub.eventsResponse(request('/e'), 'order-2');
    const c = await hub.eventsResponse(request('/e'), 'order-1');
    assert.equal(c.status, 503);
    assert.equal((await c.json()).error.code, 'too-many-streams');
    assert.equal(hub.stats().streams, 2);
    await a.body?.cancel();
    await b.body?.cancel();
    assert.deepEqual(hub.stats(), { streams: 0, ids: 0, closed: false });
  });

  test('heartbeats while pending, and a bounded lifetime', async (t) => {
    const { hub } = useHub(t, { heartbeatMs: 40, maxStreamMs: 300 });
    const start = performance.now();
    const sse = readSse(
      /** @type {ReadableStream<Uint8Array>} */ (
        (await hub.eventsResponse(request('/e'), 'order-1')).body
      ),
    );
    await sse.until((s) => s.ended, 2000);
    const lived = since(start);
    assert.ok(lived >= 270 && lived < 600, `lived ${lived} ms`);
    assert.ok(sse.comments.filter((c) => c === 'heartbeat').length >= 4, `${sse.comments}`);
    assert.deepEqual(statuses(sse), ['pending']);
    assert.equal(hub.stats().streams, 0);
  });

  test('a status published while getStatus is still reading is not lost', async (t) => {
    /** @type {(value: string) => void} */
    let answer = () => {};
    const { hub } = useHub(t, { getStatus: () => new Promise((resolve) => (answer = resolve)) });
    const opening = hub.eventsResponse(request('/e'), 'order-1');
    await sleep(10);
    await hub.publish('order-1', 'paid'); // lands between the subscription and the read
    answer('pending'); // a read that started before the payment
    const sse = readSse(/** @type {ReadableStream<Uint8Array>} */ ((await opening).body));
    await sse.until((s) => s.ended);
    assert.deepEqual(statuses(sse), ['pending', 'paid']);
  });

  test('a client that goes away frees its stream and its subscription (counted)', async (t) => {
    const { hub, transport } = useHub(t);
    const controllers = [];
    const readers = [];
    for (let i = 0; i < 100; i++) {
      const controller = new AbortController();
      controllers.push(controller);
      const response = await hub.eventsResponse(
        request('/e', { signal: controller.signal }),
        i % 2 ? 'order-1' : `order-x${i}`,
      );
      readers.push(response);
    }
    // Unknown ids got 404; the others are open.
    const open = readers.filter((r) => r.status === 200);
    assert.equal(open.length, 50);
    assert.deepEqual(hub.stats(), { streams: 50, ids: 1, closed: false });
    assert.deepEqual(transport.stats().listeners, 1, 'one subscription per id, not per stream');
    for (const controller of controllers.slice(0, 50)) controller.abort(); // request.signal
    assert.equal(hub.stats().streams, 25);
    for (const response of open) await response.body?.cancel(); // body cancelled
    assert.deepEqual(hub.stats(), { streams: 0, ids: 0, closed: false });
    assert.deepEqual(transport.stats(), { ids: 0, listeners: 0, published: 0 });
  });

  test("getStatus failing for one shopper leaves another shopper's stream alone", async (t) => {
    const { hub, set, errors } = useHub(t, {
      getStatus: (id) => {
        if (id === 'cursed') throw new Error('bad row');
        if (id === 'slow') return new Promise(() => {});
        return 'pending';
      },
      timeoutMs: 50,
    });
    const sse = readSse(
      /** @type {ReadableStream<Uint8Array>} */ (
        (await hub.eventsResponse(request('/e'), 'order-1')).body
      ),
    );
    assert.equal((await hub.eventsResponse(request('/e'), 'cursed')).status, 503);
    assert.equal((await hub.eventsResponse(request('/e'), 'slow')).status, 503);
    await set('order-1', 'paid');
    await sse.until((s) => s.ended);
    assert.deepEqual(statuses(sse), ['pending', 'paid']);
    assert.deepEqual(
      errors.map((e) => e.code),
      ['get-status-failed', 'get-status-timeout'],
    );
    assert.equal(hub.stats().streams, 0);
  });

  test('close() ends every stream and refuses new ones', async (t) => {
    const { hub } = useHub(t);
    const sse = readSse(
      /** @type {ReadableStream<Uint8Array>} */ (
        (await hub.eventsResponse(request('/e'), 'order-1')).body
      ),
    );
    await hub.close();
    await sse.until((s) => s.ended);
    assert.equal((await hub.eventsResponse(request('/e'), 'order-1')).status, 503);
    await assert.rejects(hub.publish('order-1', 'paid'), { code: 'closed' });
    assert.deepEqual(hub.stats(), { streams: 0, ids: 0, closed: true });
  });
});

describe('publish', () => {
  test('bad input rejects with a typed, clear error and reaches no stream', async (t) => {
    const { hub } = useHub(t);
    const sse = readSse(
      /** @type {ReadableStream<Uint8Array>} */ (
        (await hub.eventsResponse(request('/e'), 'order-1')).body
      ),
    );
    await assert.rejects(hub.publish('order-1', 'refunded'), (error) => {
      assert.ok(error instanceof StatusHubError);
      assert.equal(error.code, 'invalid-status');
      assert.match(error.message, /"refunded".*pending, paid, failed, expired or cancelled/);
      return true;
    });
    await assert.rejects(hub.publish('order-1', undefined), { code: 'invalid-status' });
    await assert.rejects(hub.publish('order\r\n1', 'paid'), { code: 'invalid-id' });
    await assert.rejects(hub.publish(42, 'paid'), { code: 'invalid-id' });
    await sleep(20);
    assert.deepEqual(statuses(sse), ['pending']);
    await sse.cancel();
  });

  test('a transport that fails or hangs: transport-failed, bounded by timeoutMs', async (t) => {
    const broken = {
      publish: (id) => (id === 'hang' ? new Promise(() => {}) : Promise.reject(new Error('down'))),
      subscribe: () => () => {},
      close: async () => {},
    };
    const { hub } = useHub(t, { transport: broken, timeoutMs: 80 });
    await assert.rejects(hub.publish('order-1', 'paid'), { code: 'transport-failed' });
    const start = performance.now();
    await assert.rejects(hub.publish('hang', 'paid'), /no answer within 80 ms/);
    assert.ok(since(start) < 1000);
  });

  test('createStatusHub refuses a missing getStatus or a bad option at once', () => {
    assert.throws(() => createStatusHub({}), TypeError);
    assert.throws(() => createStatusHub({ getStatus: () => null, heartbeatMs: 0 }), /heartbeatMs/);
    assert.throws(
      () => createStatusHub({ getStatus: () => null, allowOrigin: 'https://a\r\nx: y' }),
      /allowOrigin/,
    );
  });
});

describe('memory transport: one process, several hubs', () => {
  test('a stream on hub A hears a publish on hub B when they share the transport', async (t) => {
    const transport = memoryTransport();
    const a = useHub(t, { transport });
    const b = useHub(t, { transport });
    const separate = useHub(t);
    const sse = readSse(
      /** @type {ReadableStream<Uint8Array>} */ (
        (await a.hub.eventsResponse(request('/e'), 'order-1')).body
      ),
    );
    const lonely = readSse(
      /** @type {ReadableStream<Uint8Array>} */ (
        (await separate.hub.eventsResponse(request('/e'), 'order-1')).body
      ),
    );
    await sse.until((s) => s.events.length === 1);
    const start = performance.now();
    await b.hub.publish('order-1', 'paid');
    await sse.until((s) => s.ended, 100);
    assert.ok(since(start) < 100);
    assert.deepEqual(statuses(sse), ['pending', 'paid']);
    await sleep(20);
    assert.deepEqual(statuses(lonely), ['pending'], 'another transport is another world');
    await lonely.cancel();
  });

  test('a throwing listener does not stop the others', async () => {
    const errors = [];
    const transport = memoryTransport({ onError: (e) => errors.push(e) });
    const heard = [];
    transport.subscribe('x', () => {
      throw new Error('listener bug');
    });
    transport.subscribe('x', (status) => heard.push(status));
    await transport.publish('x', 'paid');
    assert.deepEqual(heard, ['paid']);
    assert.equal(errors.length, 1);
  });
});

describe('over HTTP with toNodeHandler, followed by the browser client', () => {
  test('StatusTracker (payment-picker/status) streams pending → paid and reads the clock', async (t) => {
    const { hub, set } = useHub(t);
    const http = await serveHub(hub);
    t.after(() => http.close());
    const { StatusTracker } = await loadStatusClient();
    /** @type {(status: string) => void} */
    let finished = () => {};
    const final = new Promise((resolve) => (finished = resolve));
    const tracker = new StatusTracker({
      session: {
        id: 'order-2',
        method: 'wechat-pay',
        statusUrl: `${http.url}/status/order-2`,
        eventsUrl: `${http.url}/events/order-2`,
      },
      onStatus: (status) => finished(status),
      onError: (error) => assert.fail(error.message),
    });
    tracker.start();
    // The stream is open on the hub (the tracker also asks statusUrl once, at start).
    for (let i = 0; i < 100 && hub.stats().streams === 0; i++) await sleep(10);
    assert.equal(hub.stats().streams, 1);
    const start = performance.now();
    await set('order-2', 'paid');
    assert.equal(await final, 'paid');
    assert.ok(since(start) < 200, `heard after ${since(start)} ms`);
    assert.ok(Math.abs(tracker.now() - Date.now()) < 2000, 'the server clock came from Date');
    for (let i = 0; i < 100 && hub.stats().streams > 0; i++) await sleep(10);
    assert.equal(hub.stats().streams, 0, 'the stream ended after the final status');
  });

  test('a client that disconnects mid-stream frees it on the server', async (t) => {
    const { hub } = useHub(t);
    const http = await serveHub(hub);
    t.after(() => http.close());
    const controllers = [];
    const responses = []; // kept: fetch cancels the body of a response that is garbage-collected
    for (let i = 0; i < 20; i++) {
      const controller = new AbortController();
      controllers.push(controller);
      const response = await fetch(`${http.url}/events/order-1`, { signal: controller.signal });
      responses.push(response);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('cache-control'), 'no-store, no-transform');
      assert.equal(response.headers.get('connection'), 'keep-alive', 'Node sets it, not the hub');
    }
    assert.equal(hub.stats().streams, 20);
    for (const controller of controllers) controller.abort();
    for (let i = 0; i < 100 && hub.stats().streams > 0; i++) await sleep(10);
    assert.deepEqual(hub.stats(), { streams: 0, ids: 0, closed: false });
  });

  test('status over HTTP: JSON, no-store, Date; 404 and 400 bodies', async (t) => {
    const { hub } = useHub(t);
    const http = await serveHub(hub);
    t.after(() => http.close());
    const ok = await fetch(`${http.url}/status/order-1`);
    assert.deepEqual(await ok.json(), { id: 'order-1', status: 'pending' });
    assert.equal(ok.headers.get('cache-control'), 'no-store');
    assert.equal(ok.headers.get('date')?.length, 29);
    assert.equal((await fetch(`${http.url}/status/unknown`)).status, 404);
    assert.equal((await fetch(`${http.url}/status/a%0Ab`)).status, 400);
  });
});
