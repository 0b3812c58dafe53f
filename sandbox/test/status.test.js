// @ts-check
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, test } from 'node:test';
import { newSession, useSandbox } from '../testing.js';

const { fetch } = globalThis;

/**
 * @param {string} url
 * @param {RequestInit} [init]
 */
async function json(url, init) {
  const res = await fetch(url, init);
  return { status: res.status, headers: res.headers, body: await res.json() };
}

/**
 * Confirm or decline as a fetch asking for JSON.
 * @param {string} base
 * @param {string} id
 * @param {'confirm' | 'decline'} action
 */
function act(base, id, action) {
  return json(`${base}/sandbox/pay/${id}/${action}`, {
    method: 'POST',
    headers: { accept: 'application/json' },
  });
}

describe('GET /sandbox/sessions/:id/status', () => {
  test('pending → confirm → paid', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url);
    const before = await json(session.statusUrl);
    assert.equal(before.status, 200);
    assert.deepEqual(before.body, { id: session.id, status: 'pending' });
    assert.equal(before.headers.get('cache-control'), 'no-store');
    assert.equal(before.headers.get('access-control-allow-origin'), '*');

    const confirmed = await act(url, session.id, 'confirm');
    assert.equal(confirmed.status, 200);
    assert.deepEqual(confirmed.body, { id: session.id, status: 'paid' });
    assert.deepEqual((await json(session.statusUrl)).body, { id: session.id, status: 'paid' });
  });

  test('pending → decline → failed', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url);
    assert.deepEqual((await act(url, session.id, 'decline')).body, {
      id: session.id,
      status: 'failed',
    });
    assert.equal((await json(session.statusUrl)).body.status, 'failed');
  });

  test('POST /cancel → cancelled; cancelling again is a 409', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url);
    const cancelUrl = `${url}/sandbox/sessions/${session.id}/cancel`;
    const first = await json(cancelUrl, { method: 'POST' });
    assert.equal(first.status, 200);
    assert.deepEqual(first.body, { id: session.id, status: 'cancelled' });
    assert.equal((await json(session.statusUrl)).body.status, 'cancelled');
    const second = await json(cancelUrl, { method: 'POST' });
    assert.equal(second.status, 409);
    assert.equal(second.body.error.code, 'session-final');
  });

  test('409 on a second confirm, on decline after confirm, and the status stays paid', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url);
    assert.equal((await act(url, session.id, 'confirm')).status, 200);
    const again = await act(url, session.id, 'confirm');
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'session-final');
    assert.match(again.body.error.message, /already paid/);
    assert.equal((await act(url, session.id, 'decline')).status, 409);
    const cancel = await fetch(`${url}/sandbox/sessions/${session.id}/cancel`, { method: 'POST' });
    assert.equal(cancel.status, 409);
    assert.equal((await json(session.statusUrl)).body.status, 'paid');
  });

  test('404 JSON for unknown ids, on every session route', async (t) => {
    const { url } = await useSandbox(t);
    const id = '00000000-0000-4000-8000-000000000000';
    for (const [method, path] of [
      ['GET', `/sandbox/sessions/${id}/status`],
      ['GET', `/sandbox/sessions/${id}`],
      ['GET', `/sandbox/sessions/${id}/events`],
      ['POST', `/sandbox/sessions/${id}/cancel`],
      ['POST', `/sandbox/pay/${id}/confirm`],
    ]) {
      const res = await json(`${url}${path}`, { method, headers: { accept: 'application/json' } });
      assert.equal(res.status, 404, path);
      assert.equal(res.body.error.code, 'not-found', path);
    }
  });

  test('expires when the injected clock passes expiresAt; expired cannot be paid', async (t) => {
    let clock = Date.parse('2026-03-01T10:00:00.000Z');
    const { url } = await useSandbox(t, { now: () => clock });
    const session = await newSession(url, { ttlSeconds: 60 });
    clock += 59_999;
    assert.equal((await json(session.statusUrl)).body.status, 'pending');
    clock += 1;
    assert.equal((await json(session.statusUrl)).body.status, 'expired');
    const confirm = await act(url, session.id, 'confirm');
    assert.equal(confirm.status, 409);
    assert.match(confirm.body.error.message, /expired/);
    clock -= 10_000; // expiry is recorded: a clock going back does not revive the session
    assert.equal((await json(session.statusUrl)).body.status, 'expired');
  });

  test('expires in real time with ttlSeconds 1', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url, { ttlSeconds: 1 });
    assert.equal((await json(session.statusUrl)).body.status, 'pending');
    await sleep(1100);
    assert.equal((await json(session.statusUrl)).body.status, 'expired');
  });

  test('a session paid before expiry stays paid after it', async (t) => {
    let clock = 1_000_000;
    const { url } = await useSandbox(t, { now: () => clock });
    const session = await newSession(url, { ttlSeconds: 10 });
    await act(url, session.id, 'confirm');
    clock += 60_000;
    assert.equal((await json(session.statusUrl)).body.status, 'paid');
  });

  test('GET /sandbox/sessions/:id returns the PaymentSession with its status', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url, { payee: 'Noodle Bar' });
    const res = await json(`${url}/sandbox/sessions/${session.id}`);
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, { ...session, status: 'pending' });
  });
});

describe('POST /sandbox/sessions/:id/status (force)', () => {
  test('sets any status, including back to pending', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url);
    /** @param {unknown} body */
    const force = (body) =>
      json(`${url}/sandbox/sessions/${session.id}/status`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    for (const status of ['paid', 'pending', 'failed', 'expired', 'cancelled', 'pending']) {
      const res = await force({ status });
      assert.equal(res.status, 200, status);
      assert.deepEqual(res.body, { id: session.id, status });
      assert.equal((await json(session.statusUrl)).body.status, status);
    }
    const bad = await force({ status: 'refunded' });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.field, 'status');
    assert.equal((await force(null)).status, 400);
  });

  test('415 without a JSON content type', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url);
    const res = await fetch(`${url}/sandbox/sessions/${session.id}/status`, {
      method: 'POST',
      body: 'status=paid',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(res.status, 415);
  });
});

describe('bounded memory', () => {
  test('evicts the oldest sessions beyond maxSessions', async (t) => {
    const { url, sandbox } = await useSandbox(t, { maxSessions: 3 });
    const sessions = [];
    for (let i = 0; i < 5; i++) sessions.push(await newSession(url));
    assert.equal(sandbox.store.size, 3);
    for (const [index, session] of sessions.entries()) {
      const res = await fetch(session.statusUrl);
      assert.equal(res.status, index < 2 ? 404 : 200, `session ${index}`);
      await res.body?.cancel();
    }
  });

  test('the default bound is 1,000 sessions', async (t) => {
    const { sandbox } = await useSandbox(t);
    assert.equal(sandbox.store.maxSessions, 1000);
  });
});
