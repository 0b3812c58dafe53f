// @ts-check
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, test } from 'node:test';
import { newSession, readEvents, useSandbox, waitFor } from '../testing.js';

const { fetch } = globalThis;

/**
 * @param {string} base
 * @param {string} id
 * @param {'confirm' | 'decline'} action
 */
async function act(base, id, action) {
  const res = await fetch(`${base}/sandbox/pay/${id}/${action}`, {
    method: 'POST',
    headers: { accept: 'application/json' },
  });
  assert.equal(res.status, 200);
  await res.body?.cancel();
}

/** @param {import('../testing.js').SseResult} result */
function statuses(result) {
  return result.events.map((event) => JSON.parse(event.data).status);
}

describe('GET /sandbox/sessions/:id/events', () => {
  test('sends pending at once, then paid, then ends the stream', async (t) => {
    const { url, sandbox } = await useSandbox(t);
    const session = await newSession(url);
    const result = await readEvents(session.eventsUrl, {
      onEvent: async (event, soFar) => {
        if (soFar.events.length === 1) await act(url, session.id, 'confirm');
      },
    });
    assert.equal(result.status, 200);
    assert.match(result.headers.get('content-type') ?? '', /^text\/event-stream/);
    assert.equal(result.headers.get('cache-control'), 'no-store, no-transform');
    assert.equal(result.headers.get('x-accel-buffering'), 'no');
    assert.equal(result.headers.get('access-control-allow-origin'), '*');
    assert.equal(result.timedOut, false);
    assert.equal(result.ended, true, 'the server ends the stream after the final status');
    assert.deepEqual(
      result.events.map((event) => JSON.parse(event.data)),
      [
        { id: session.id, status: 'pending' },
        { id: session.id, status: 'paid' },
      ],
    );
    assert.deepEqual(
      result.events.map((event) => event.id),
      ['pending', 'paid'],
    );
    assert.equal(result.retry, 1000);
    await waitFor(() => sandbox.store.listenerCount() === 0);
  });

  test('decline ends the stream with failed', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url);
    const result = await readEvents(session.eventsUrl, {
      onEvent: async (event, soFar) => {
        if (soFar.events.length === 1) await act(url, session.id, 'decline');
      },
    });
    assert.deepEqual(statuses(result), ['pending', 'failed']);
    assert.equal(result.ended, true);
  });

  test('an already-final session gets its status once and the stream ends', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url);
    await act(url, session.id, 'confirm');
    const result = await readEvents(session.eventsUrl);
    assert.deepEqual(statuses(result), ['paid']);
    assert.equal(result.ended, true);
  });

  test('reconnects get the current status whatever Last-Event-ID says', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url);
    for (const lastEventId of ['pending', 'paid', 'garbage']) {
      const result = await readEvents(session.eventsUrl, {
        headers: { 'last-event-id': lastEventId },
        onEvent: () => false,
      });
      assert.deepEqual(statuses(result), ['pending'], lastEventId);
    }
    await act(url, session.id, 'decline');
    const stale = await readEvents(session.eventsUrl, { headers: { 'last-event-id': 'pending' } });
    assert.deepEqual(statuses(stale), ['failed']);
  });

  test('204 for a reconnect that already saw the final status (stops EventSource)', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url);
    await act(url, session.id, 'confirm');
    const result = await readEvents(session.eventsUrl, { headers: { 'last-event-id': 'paid' } });
    assert.equal(result.status, 204);
    assert.deepEqual(result.events, []);
  });

  test('sends heartbeat comments while pending', async (t) => {
    const { url } = await useSandbox(t, { heartbeatMs: 30 });
    const session = await newSession(url);
    const result = await readEvents(session.eventsUrl, {
      onEvent: async (event, soFar) => {
        if (soFar.events.length > 1) return;
        await sleep(150); // heartbeats pile up in the stream meanwhile
        await act(url, session.id, 'confirm');
      },
    });
    assert.ok(result.comments.filter((c) => c === 'heartbeat').length >= 2, `${result.comments}`);
    assert.deepEqual(statuses(result), ['pending', 'paid']);
  });

  test('streams the expiry and ends (ttlSeconds 1)', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url, { ttlSeconds: 1 });
    const started = Date.now();
    const result = await readEvents(session.eventsUrl, { timeoutMs: 4000 });
    assert.deepEqual(statuses(result), ['pending', 'expired']);
    assert.equal(result.ended, true);
    assert.ok(Date.now() - started >= 900, 'not before expiresAt');
  });

  test('streams a cancel and a forced status', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url);
    const cancelled = await readEvents(session.eventsUrl, {
      onEvent: async (event, soFar) => {
        if (soFar.events.length === 1) {
          await fetch(`${url}/sandbox/sessions/${session.id}/cancel`, { method: 'POST' });
        }
      },
    });
    assert.deepEqual(statuses(cancelled), ['pending', 'cancelled']);

    const other = await newSession(url);
    const forced = await readEvents(other.eventsUrl, {
      onEvent: async (event, soFar) => {
        if (soFar.events.length === 1) {
          await fetch(`${url}/sandbox/sessions/${other.id}/status`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ status: 'expired' }),
          });
        }
      },
    });
    assert.deepEqual(statuses(forced), ['pending', 'expired']);
  });

  test('removes its listener when the client goes away', async (t) => {
    const { url, sandbox } = await useSandbox(t);
    const session = await newSession(url);
    const result = await readEvents(session.eventsUrl, {
      onEvent: async () => {
        assert.equal(sandbox.store.listenerCount(session.id), 1);
        assert.deepEqual(sandbox.hub.stats(), { streams: 1, ids: 1, closed: false });
        return false; // the client cancels the stream
      },
    });
    assert.deepEqual(statuses(result), ['pending']);
    await waitFor(() => sandbox.store.listenerCount(session.id) === 0);
    await waitFor(() => sandbox.hub.stats().streams === 0 && sandbox.hub.stats().ids === 0);
  });

  test('ends the stream when its session is evicted', async (t) => {
    const { url, sandbox } = await useSandbox(t, { maxSessions: 1 });
    const session = await newSession(url);
    const result = await readEvents(session.eventsUrl, {
      onEvent: async (event, soFar) => {
        if (soFar.events.length === 1) await newSession(url);
      },
    });
    assert.deepEqual(statuses(result), ['pending']);
    assert.equal(result.ended, true);
    assert.equal(sandbox.store.listenerCount(), 0);
  });

  test('close() ends open streams', async (t) => {
    const { url, sandbox } = await useSandbox(t);
    const session = await newSession(url);
    const result = await readEvents(session.eventsUrl, {
      onEvent: () => {
        sandbox.close();
      },
    });
    assert.equal(result.ended, true);
    assert.equal(result.timedOut, false);
    assert.equal(sandbox.store.listenerCount(), 0);
  });

  test('503 beyond maxStreams', async (t) => {
    const { url } = await useSandbox(t, { maxStreams: 1 });
    const session = await newSession(url);
    const first = readEvents(session.eventsUrl, {
      onEvent: async (event, soFar) => {
        if (soFar.events.length > 1) return;
        const second = await fetch(session.eventsUrl);
        assert.equal(second.status, 503);
        assert.equal((await second.json()).error.code, 'too-many-streams');
        await act(url, session.id, 'confirm');
      },
    });
    assert.deepEqual(statuses(await first), ['pending', 'paid']);
    await sleep(10);
    const third = await readEvents(session.eventsUrl);
    assert.equal(third.status, 200, 'the slot is free again');
  });
});
