// @ts-check
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { performance } from 'node:perf_hooks';
import { parseFaultQuery, parseFaults } from '../faults.js';
import { createSession, newSession, readEvents, useSandbox } from '../testing.js';

const { fetch, AbortSignal } = globalThis;

/**
 * `POST <session>/faults`.
 * @param {string} url the session's URL (`…/sandbox/sessions/:id`)
 * @param {unknown} faults
 */
async function setFaults(url, faults) {
  return fetch(`${url}/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(faults),
  });
}

/**
 * The status reply as text, never throwing on bad JSON.
 * @param {string} url
 */
async function getStatus(url) {
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
  return { status: res.status, text: await res.text() };
}

/** @param {Record<string, string>} session */
function sessionUrl(session) {
  return session.statusUrl.replace(/\/status$/, '');
}

describe('fault injection per session', () => {
  test('status 500 for the next 2 status requests, then the truth', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url, { faults: { status: 500, times: 2 } });
    for (let i = 0; i < 2; i++) {
      const res = await fetch(session.statusUrl);
      assert.equal(res.status, 500);
      assert.equal(res.headers.get('access-control-allow-origin'), '*');
      assert.equal((await res.json()).error.code, 'injected-fault');
    }
    const res = await fetch(session.statusUrl);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { id: session.id, status: 'pending' });
  });

  test('faults without times apply until changed', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url, { faults: { status: 503 } });
    for (let i = 0; i < 4; i++) assert.equal((await getStatus(session.statusUrl)).status, 503);
    const cleared = await setFaults(sessionUrl(session), null);
    assert.equal(cleared.status, 200);
    assert.deepEqual(await cleared.json(), { id: session.id, faults: null, remaining: null });
    assert.equal((await getStatus(session.statusUrl)).status, 200);
  });

  test('delayMs delays the reply', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url, { faults: { delayMs: 300, times: 1 } });
    const started = performance.now();
    const slow = await getStatus(session.statusUrl);
    const elapsed = performance.now() - started;
    assert.equal(slow.status, 200);
    assert.ok(elapsed >= 280, `took ${elapsed} ms`);
    const fastStart = performance.now();
    await getStatus(session.statusUrl);
    assert.ok(performance.now() - fastStart < 250, 'times: 1 applies once');
  });

  test('drop destroys the connection without a reply', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url, { faults: { drop: true, times: 1 } });
    await assert.rejects(
      fetch(session.statusUrl, { signal: AbortSignal.timeout(5000) }),
      (error) => {
        assert.ok(error instanceof TypeError, String(error)); // "fetch failed", not a timeout
        return true;
      },
    );
    assert.equal((await getStatus(session.statusUrl)).status, 200);
  });

  test('malformed answers 200 with a body that is not JSON', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url, { faults: { malformed: true, times: 1 } });
    const res = await fetch(session.statusUrl);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/);
    const text = await res.text();
    assert.throws(() => JSON.parse(text), SyntaxError);
    assert.ok(text.startsWith('{"id":'), text);
  });

  test('wrongId answers with another id', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url, { faults: { wrongId: true } });
    const body = JSON.parse((await getStatus(session.statusUrl)).text);
    assert.equal(body.status, 'pending');
    assert.notEqual(body.id, session.id);
    assert.match(body.id, /^[0-9a-f-]{36}$/);
  });

  test('unknownStatus answers a status outside the contract', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url, { faults: { unknownStatus: true } });
    const body = JSON.parse((await getStatus(session.statusUrl)).text);
    assert.deepEqual(body, { id: session.id, status: 'processing' });
  });

  test('flapToPending: once final, every second reply says pending', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url, { faults: { flapToPending: true } });
    assert.equal(JSON.parse((await getStatus(session.statusUrl)).text).status, 'pending');
    await fetch(`${url}/sandbox/pay/${session.id}/confirm`, {
      method: 'POST',
      headers: { accept: 'application/json' },
    });
    const seen = [];
    for (let i = 0; i < 4; i++)
      seen.push(JSON.parse((await getStatus(session.statusUrl)).text).status);
    assert.deepEqual(seen, ['paid', 'pending', 'paid', 'pending']);
  });

  test('POST /faults changes faults at runtime and validates them', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url);
    assert.equal((await getStatus(session.statusUrl)).status, 200);
    const set = await setFaults(sessionUrl(session), { status: 502, times: 3 });
    assert.equal(set.status, 200);
    assert.deepEqual(await set.json(), {
      id: session.id,
      faults: { status: 502, times: 3 },
      remaining: 3,
    });
    assert.equal((await getStatus(session.statusUrl)).status, 502);
    const bad = await setFaults(sessionUrl(session), { delayMs: -1 });
    assert.equal(bad.status, 400);
    assert.equal((await bad.json()).error.field, 'faults.delayMs');
    assert.equal(
      (await getStatus(session.statusUrl)).status,
      502,
      'a refused change keeps the old faults',
    );
  });

  test('faults apply to the events stream: status, malformed, wrongId', async (t) => {
    const { url } = await useSandbox(t);
    const failing = await newSession(url, { faults: { status: 503, times: 1 } });
    assert.equal((await readEvents(failing.eventsUrl)).status, 503);
    const recovered = await readEvents(failing.eventsUrl, { onEvent: () => false });
    assert.equal(recovered.status, 200);
    assert.deepEqual(JSON.parse(recovered.events[0].data), { id: failing.id, status: 'pending' });

    const broken = await newSession(url, { faults: { malformed: true } });
    const malformed = await readEvents(broken.eventsUrl, { onEvent: () => false });
    assert.equal(malformed.events.length, 1);
    assert.throws(() => JSON.parse(malformed.events[0].data), SyntaxError);

    const other = await newSession(url, { faults: { wrongId: true } });
    const wrong = await readEvents(other.eventsUrl, { onEvent: () => false });
    assert.notEqual(JSON.parse(wrong.events[0].data).id, other.id);
  });

  test('drop on the events stream fails the request', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url, { faults: { drop: true, times: 1 } });
    await assert.rejects(readEvents(session.eventsUrl), TypeError);
    const again = await readEvents(session.eventsUrl, { onEvent: () => false });
    assert.equal(again.status, 200);
  });
});

describe('fault injection per request (?fault=)', () => {
  test('?fault=503 fails one request without touching the session faults', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url);
    const failed = await getStatus(`${session.statusUrl}?fault=503`);
    assert.equal(failed.status, 503);
    assert.equal((await getStatus(session.statusUrl)).status, 200);
  });

  test('tokens combine: delay, malformed, wrong-id, unknown-status, drop', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url);
    const started = performance.now();
    const delayed = await getStatus(`${session.statusUrl}?fault=delay:200,malformed`);
    assert.ok(performance.now() - started >= 180);
    assert.throws(() => JSON.parse(delayed.text), SyntaxError);
    const wrong = JSON.parse(
      (await getStatus(`${session.statusUrl}?fault=wrong-id&fault=unknown-status`)).text,
    );
    assert.notEqual(wrong.id, session.id);
    assert.equal(wrong.status, 'processing');
    await assert.rejects(fetch(`${session.statusUrl}?fault=drop`), TypeError);
  });

  test('query faults win over session faults for that request and do not consume them', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url, { faults: { status: 500, times: 1 } });
    assert.equal((await getStatus(`${session.statusUrl}?fault=wrong-id`)).status, 200);
    assert.equal((await getStatus(session.statusUrl)).status, 500);
    assert.equal((await getStatus(session.statusUrl)).status, 200);
  });

  test('?fault= on session creation: an error creates nothing', async (t) => {
    const { url, sandbox } = await useSandbox(t);
    const res = await createSession(url, {}, { query: '?fault=500' });
    assert.equal(res.status, 500);
    assert.equal(sandbox.store.size, 0);
    const malformed = await createSession(url, {}, { query: '?fault=malformed' });
    assert.equal(malformed.status, 201);
    await assert.rejects(malformed.json(), SyntaxError);
    assert.equal(sandbox.store.size, 1, 'a malformed reply still created the session');
  });

  test('400 invalid-fault for an unknown token', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url);
    for (const query of [
      '?fault=explode',
      '?fault=status:200',
      '?fault=delay:-5',
      '?fault=drop:1',
    ]) {
      const res = await fetch(`${session.statusUrl}${query}`);
      assert.equal(res.status, 400, query);
      const { error } = await res.json();
      assert.equal(error.code, 'invalid-fault', query);
    }
  });
});

describe('fault parsing', () => {
  test('parseFaults normalizes and refuses unknown keys', () => {
    assert.equal(parseFaults(undefined), null);
    assert.equal(parseFaults({}), null);
    assert.equal(parseFaults({ drop: false, delayMs: 0 }), null, 'all off means none');
    assert.equal(parseFaults({ times: 2 }), null, 'times alone does nothing');
    assert.deepEqual(parseFaults({ status: 503, times: 2, drop: false }), {
      status: 503,
      times: 2,
    });
    assert.throws(() => parseFaults([]), /must be an object/);
    assert.throws(() => parseFaults({ wrongID: true }), /Unknown fault "wrongID"/);
    assert.throws(() => parseFaults({ times: 0, status: 500 }), /faults\.times/);
    assert.throws(() => parseFaults({ delayMs: 60_001 }), /faults\.delayMs/);
    assert.throws(() => parseFaults({ malformed: 'yes' }), /true or false/);
  });

  test('parseFaultQuery reads every token form', () => {
    assert.equal(parseFaultQuery([]), null);
    assert.deepEqual(parseFaultQuery(['503']), { status: 503 });
    assert.deepEqual(parseFaultQuery(['status:500, delay:20', 'drop']), {
      status: 500,
      delayMs: 20,
      drop: true,
    });
    assert.deepEqual(parseFaultQuery(['wrongId,unknown-status,flap,malformed']), {
      wrongId: true,
      unknownStatus: true,
      flapToPending: true,
      malformed: true,
    });
    assert.throws(() => parseFaultQuery(['600']), /400 to 599/);
  });
});
