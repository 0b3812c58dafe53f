// The hub across processes on a real Redis (its own redis-server on a free loopback port, no
// persistence): a publish on one hub reaches a stream on another, one subscriber connection
// whatever the number of streams, and nothing lost when Redis dies and comes back.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from 'redis';
import {
  DEFAULT_REDIS_CHANNEL,
  createStatusHub,
  redisReconnectDelay,
  redisTransport,
} from '../../dist/server.js';
import { startRedis } from './support/redis.mjs';
import { readSse, serveHub, since, statuses } from './support/sse.mjs';

/** @type {Awaited<ReturnType<typeof startRedis>>} */
let redis;
before(async () => {
  redis = await startRedis();
});
after(async () => {
  await redis?.stop();
});

/** Every unhandled rejection or uncaught exception while these tests run fails them. */
const crashes = [];
const onCrash = (error) => crashes.push(error);
process.on('unhandledRejection', onCrash);
process.on('uncaughtException', onCrash);
after(() => {
  process.off('unhandledRejection', onCrash);
  process.off('uncaughtException', onCrash);
  assert.deepEqual(crashes, []);
});

/** The shop's database, shared by every "process" (hub) of a test. */
function ordersTable() {
  /** @type {Map<string, string>} */
  const orders = new Map();
  return { orders, getStatus: (/** @type {string} */ id) => orders.get(id) ?? null };
}

/**
 * A hub on its own Redis transport (its own connections), as one server process has.
 * @param {import('node:test').TestContext} t
 * @param {(id: string) => string | null} getStatus
 * @param {object} [options]
 */
async function useRedisHub(t, getStatus, options = {}) {
  const errors = [];
  const transport = redisTransport({ url: redis.url, onError: (error) => errors.push(error) });
  const hub = createStatusHub({
    getStatus,
    transport,
    onError: (error) => errors.push(error),
    ...options,
  });
  t.after(() => hub.close());
  await transport.ready;
  return { hub, transport, errors };
}

/** @param {string} id @param {AbortSignal} [signal] */
const request = (id, signal) => new Request(`http://shop.test/events/${id}`, { signal });

/** A plain client of the test's Redis, closed after the test. @param {import('node:test').TestContext} t */
async function useRawClient(t) {
  const client = createClient({ url: redis.url });
  client.on('error', () => {});
  await client.connect();
  t.after(() => client.destroy());
  return client;
}

/** Connections named as the transport names its subscriber, from `CLIENT LIST`. */
async function subscriberConnections(client) {
  const list = /** @type {string} */ (await client.sendCommand(['CLIENT', 'LIST']));
  return list.split('\n').filter((line) => / name=payment-picker-subscriber /.test(line)).length;
}

describe('redisTransport', () => {
  test('a stream on hub A hears a publish on hub B within 100 ms', async (t) => {
    const { orders, getStatus } = ordersTable();
    orders.set('order-1', 'pending');
    const a = await useRedisHub(t, getStatus);
    const b = await useRedisHub(t, getStatus);
    const http = await serveHub(a.hub); // the shopper's stream, over HTTP, on "process" A
    t.after(() => http.close());
    const response = await fetch(`${http.url}/events/order-1`);
    const sse = readSse(/** @type {ReadableStream<Uint8Array>} */ (response.body));
    await sse.until((s) => s.events.length === 1);
    // Warm up the path once (first-use compilation, connection setup), on another id.
    await b.hub.publish('warm-up', 'paid');
    await sleep(20);

    orders.set('order-1', 'paid');
    const start = performance.now();
    await b.hub.publish('order-1', 'paid'); // the provider's notification landed on B
    await sse.until((s) => s.ended, 1000);
    const latency = sse.events[1].at - start;
    assert.ok(latency < 100, `delivered after ${latency.toFixed(1)} ms`);
    assert.deepEqual(statuses(sse), ['pending', 'paid']);
    assert.equal(b.transport.stats().published, 2);
    assert.ok(a.transport.stats().received >= 1);
    assert.deepEqual([...a.errors, ...b.errors], []);
  });

  test('1,000 streams on one hub use one subscriber connection', async (t) => {
    const { orders, getStatus } = ordersTable();
    const a = await useRedisHub(t, getStatus);
    const b = await useRedisHub(t, getStatus);
    const raw = await useRawClient(t);
    assert.equal(await subscriberConnections(raw), 2, 'one per process (transport) before');

    const ids = Array.from({ length: 1000 }, (_, i) => `order-${i}`);
    for (const id of ids) orders.set(id, 'pending');
    const readers = [];
    for (const id of ids) {
      const response = await a.hub.eventsResponse(request(id), id);
      readers.push(readSse(/** @type {ReadableStream<Uint8Array>} */ (response.body)));
    }
    assert.equal(a.hub.stats().streams, 1000);
    assert.equal(a.transport.stats().subscriberConnections, 1);
    assert.equal(a.transport.stats().listeners, 1000);
    assert.equal(await subscriberConnections(raw), 2, 'still one per process with 1,000 streams');
    const numsub = /** @type {unknown[]} */ (
      await raw.sendCommand(['PUBSUB', 'NUMSUB', DEFAULT_REDIS_CHANNEL])
    );
    assert.equal(Number(numsub[1]), 2, 'two subscriptions on the channel, not 1,000');

    for (const id of ids) {
      orders.set(id, 'paid');
      await b.hub.publish(id, 'paid');
    }
    await Promise.all(readers.map((sse) => sse.until((s) => s.ended, 5000)));
    assert.ok(readers.every((sse) => statuses(sse).join() === 'pending,paid'));
    assert.deepEqual(a.hub.stats(), { streams: 0, ids: 0, closed: false });
    assert.equal(a.transport.stats().listeners, 0);
  });

  test('client disconnects free their subscriptions (counted)', async (t) => {
    const { orders, getStatus } = ordersTable();
    const a = await useRedisHub(t, getStatus);
    const http = await serveHub(a.hub);
    t.after(() => http.close());
    const controllers = [];
    const responses = []; // kept: fetch cancels the body of a response that is garbage-collected
    for (let i = 0; i < 50; i++) {
      orders.set(`order-${i}`, 'pending');
      const controller = new AbortController();
      controllers.push(controller);
      const response = await fetch(`${http.url}/events/order-${i % 10}`, {
        signal: controller.signal,
      });
      assert.equal(response.status, 200);
      responses.push(response);
    }
    assert.deepEqual(a.hub.stats(), { streams: 50, ids: 10, closed: false });
    assert.equal(a.transport.stats().listeners, 10, 'one listener per id');
    for (const controller of controllers) controller.abort();
    for (let i = 0; i < 200 && a.hub.stats().streams > 0; i++) await sleep(10);
    assert.deepEqual(a.hub.stats(), { streams: 0, ids: 0, closed: false });
    assert.deepEqual(
      [
        a.transport.stats().ids,
        a.transport.stats().listeners,
        a.transport.stats().subscriberConnections,
      ],
      [0, 0, 1],
      'the one connection stays; nothing per stream is left',
    );
  });

  test('Redis killed and restarted mid-stream: the stream survives and hears what it missed', async (t) => {
    const { orders, getStatus } = ordersTable();
    orders.set('order-1', 'pending');
    orders.set('order-2', 'pending');
    const a = await useRedisHub(t, getStatus, { heartbeatMs: 100 });
    const b = await useRedisHub(t, getStatus);
    const http = await serveHub(a.hub);
    t.after(() => http.close());
    const sse = readSse(
      /** @type {ReadableStream<Uint8Array>} */ ((await fetch(`${http.url}/events/order-1`)).body),
    );
    await sse.until((s) => s.events.length === 1);

    await redis.kill();
    await sleep(200);
    // The provider's notification arrives while Redis is down: recorded, but the publish fails.
    orders.set('order-1', 'paid');
    await assert.rejects(b.hub.publish('order-1', 'paid'), { code: 'transport-failed' });
    const heartbeats = sse.comments.length;
    await sleep(300);
    assert.ok(sse.comments.length > heartbeats, 'the stream is alive during the outage');
    assert.equal(sse.ended, false);
    assert.deepEqual(statuses(sse), ['pending']);

    const restarted = performance.now();
    await redis.restart();
    await sse.until((s) => s.ended, 10_000); // reconnect (backoff ≤ 3.25 s), re-read, paid
    assert.deepEqual(statuses(sse), ['pending', 'paid']);
    assert.ok(a.transport.stats().reconnects >= 1);
    t.diagnostic(`paid heard ${since(restarted).toFixed(0)} ms after Redis restarted`);

    // And the transport works normally again: a new stream on A hears a publish on B.
    const next = readSse(
      /** @type {ReadableStream<Uint8Array>} */ ((await fetch(`${http.url}/events/order-2`)).body),
    );
    await next.until((s) => s.events.length === 1);
    orders.set('order-2', 'failed');
    // B's publishing connection has its own backoff: it may still be reconnecting.
    for (let tries = 0; ; tries++) {
      try {
        await b.hub.publish('order-2', 'failed');
        break;
      } catch (error) {
        if (tries > 100) throw error;
        await sleep(50);
      }
    }
    await next.until((s) => s.ended, 1000);
    assert.deepEqual(statuses(next), ['pending', 'failed']);
    // Each transport reported the outage once, not once per reconnect attempt.
    const outages = a.errors.filter((e) => /connection lost/.test(e.message));
    assert.equal(outages.length, 1, a.errors.map((e) => e.message).join('\n'));
  });

  test('a malformed message on the channel is reported and harms no stream', async (t) => {
    const { orders, getStatus } = ordersTable();
    orders.set('order-1', 'pending');
    const a = await useRedisHub(t, getStatus);
    const raw = await useRawClient(t);
    const sse = readSse(
      /** @type {ReadableStream<Uint8Array>} */ (
        (await a.hub.eventsResponse(request('order-1'), 'order-1')).body
      ),
    );
    await sse.until((s) => s.events.length === 1);
    await raw.publish(DEFAULT_REDIS_CHANNEL, 'not json');
    await raw.publish(DEFAULT_REDIS_CHANNEL, '{"id":"order-1","status":"refunded"}');
    // Any backend can publish the documented JSON:
    await raw.publish(DEFAULT_REDIS_CHANNEL, '{"id":"order-1","status":"expired"}');
    await sse.until((s) => s.ended, 1000);
    assert.deepEqual(statuses(sse), ['pending', 'expired']);
    assert.deepEqual(
      a.errors.map((e) => e.code),
      ['invalid-status', 'invalid-status'],
    );
  });

  test('{ client }: publishes through your client, subscribes on one duplicate, leaves yours open', async (t) => {
    const { orders, getStatus } = ordersTable();
    orders.set('order-1', 'pending');
    const mine = await useRawClient(t);
    const transport = redisTransport({ client: mine });
    const hub = createStatusHub({ getStatus, transport });
    await transport.ready;
    const sse = readSse(
      /** @type {ReadableStream<Uint8Array>} */ (
        (await hub.eventsResponse(request('order-1'), 'order-1')).body
      ),
    );
    await sse.until((s) => s.events.length === 1);
    await hub.publish('order-1', 'cancelled');
    await sse.until((s) => s.ended, 1000);
    assert.deepEqual(statuses(sse), ['pending', 'cancelled']);
    assert.equal(await subscriberConnections(mine), 1);
    await hub.close();
    assert.equal(mine.isReady, true, 'your client stays yours');
    assert.equal(await subscriberConnections(mine), 0, 'the duplicate is closed');
  });

  test('Redis unreachable at start: status replies still work; publish fails fast and clearly', async (t) => {
    const port = redis.port + 1;
    const errors = [];
    const transport = redisTransport({
      url: `redis://127.0.0.1:${port === 65536 ? 1 : port}`,
      onError: (e) => errors.push(e),
    });
    const hub = createStatusHub({ getStatus: () => 'pending', transport, timeoutMs: 500 });
    t.after(() => hub.close());
    const status = await hub.statusResponse(new Request('http://shop.test/s'), 'order-1');
    assert.equal(status.status, 200);
    const start = performance.now();
    await assert.rejects(hub.publish('order-1', 'paid'), { code: 'transport-failed' });
    assert.ok(since(start) < 1000);
    assert.equal(transport.stats().subscribed, false);
    await sleep(100);
    assert.equal(errors.length, 1, 'one report for the outage, not one per attempt');
  });

  test('options are checked; the backoff doubles to 3 s with jitter', () => {
    assert.throws(() => redisTransport({}), /either `url`/);
    assert.throws(() => redisTransport({ url: 'redis://x', client: {} }), /either `url`/);
    assert.deepEqual(
      [0, 1, 2, 5, 6, 100].map((n) => redisReconnectDelay(n, () => 0)),
      [50, 100, 200, 1600, 3000, 3000],
    );
    assert.equal(
      redisReconnectDelay(0, () => 0.999),
      50 + 249,
    );
  });
});
