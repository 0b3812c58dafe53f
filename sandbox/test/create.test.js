// @ts-check
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { request } from 'node:http';
import { describe, test } from 'node:test';
import { createSession, newSession, useSandbox } from '../testing.js';

const { fetch } = globalThis;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('POST /sandbox/sessions', () => {
  test('creates a pending PaymentSession whose URLs point at the sandbox', async (t) => {
    let clock = Date.parse('2026-03-01T10:00:00.000Z');
    const { url } = await useSandbox(t, { now: () => clock });
    const res = await createSession(url, { payee: 'Tea House' });
    assert.equal(res.status, 201);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    const session = await res.json();
    assert.match(session.id, UUID);
    assert.equal(res.headers.get('location'), `/sandbox/sessions/${session.id}`);
    assert.deepEqual(session, {
      id: session.id,
      method: 'wechat-pay',
      amount: '128.00',
      currency: 'CNY',
      payee: 'Tea House',
      expiresAt: '2026-03-01T10:15:00.000Z',
      qrPayload: `${url}/sandbox/pay/${session.id}`,
      redirectUrl: `${url}/sandbox/pay/${session.id}?via=redirect`,
      shareUrl: `${url}/sandbox/friend/${session.id}`,
      statusUrl: `${url}/sandbox/sessions/${session.id}/status`,
      eventsUrl: `${url}/sandbox/sessions/${session.id}/events`,
    });
    clock += 1;
    const status = await fetch(session.statusUrl);
    assert.deepEqual(await status.json(), { id: session.id, status: 'pending' });
  });

  test('with scanOrigin, the QR payload of a loopback page points at the LAN origin', async (t) => {
    const { url } = await useSandbox(t, { scanOrigin: 'http://192.168.1.23:6007' });
    const session = await newSession(url);
    assert.equal(session.qrPayload, `http://192.168.1.23:6007/sandbox/pay/${session.id}`);
    // Everything the desktop page itself uses stays on the origin it called.
    assert.equal(session.statusUrl, `${url}/sandbox/sessions/${session.id}/status`);
    assert.equal(session.shareUrl, `${url}/sandbox/friend/${session.id}`);
  });

  test('ids are unguessable and distinct', async (t) => {
    const { url } = await useSandbox(t);
    const ids = new Set();
    for (let i = 0; i < 5; i++) ids.add((await newSession(url)).id);
    assert.equal(ids.size, 5);
    for (const id of ids) assert.match(id, UUID);
  });

  test('defaults the payee to "Sandbox Shop"', async (t) => {
    const { url } = await useSandbox(t);
    assert.equal((await newSession(url)).payee, 'Sandbox Shop');
  });

  test('ttlSeconds sets expiresAt; the sandbox option sets the default', async (t) => {
    const clock = Date.parse('2026-03-01T10:00:00.000Z');
    const { url } = await useSandbox(t, { now: () => clock, ttlSeconds: 60 });
    assert.equal((await newSession(url)).expiresAt, '2026-03-01T10:01:00.000Z');
    assert.equal((await newSession(url, { ttlSeconds: 5 })).expiresAt, '2026-03-01T10:00:05.000Z');
  });

  test('flows limits the hand-off URLs to the ones asked for', async (t) => {
    const { url } = await useSandbox(t);
    const qrOnly = await newSession(url, { flows: ['qr'] });
    assert.ok(qrOnly.qrPayload);
    assert.equal(qrOnly.redirectUrl, undefined);
    assert.equal(qrOnly.shareUrl, undefined);
    const noQr = await newSession(url, { flows: ['share', 'redirect', 'share'] });
    assert.equal(noQr.qrPayload, undefined);
    assert.ok(noQr.redirectUrl);
    assert.ok(noQr.shareUrl);
    assert.ok(noQr.statusUrl && noQr.eventsUrl, 'status and events are always given');
  });

  test('redirectUrl carries the return URL, from returnUrl or else the Referer', async (t) => {
    const { url } = await useSandbox(t);
    const given = await newSession(url, { returnUrl: 'https://shop.example/orders/42?x=1' });
    const redirect = new URL(given.redirectUrl);
    assert.equal(redirect.searchParams.get('via'), 'redirect');
    assert.equal(redirect.searchParams.get('return'), 'https://shop.example/orders/42?x=1');

    const fromReferer = await createSession(
      url,
      {},
      { headers: { referer: 'http://localhost:6006/iframe.html' } },
    );
    const session = await fromReferer.json();
    assert.equal(
      new URL(session.redirectUrl).searchParams.get('return'),
      'http://localhost:6006/iframe.html',
    );

    const badReferer = await createSession(url, {}, { headers: { referer: 'ftp://x/' } });
    assert.equal(new URL((await badReferer.json()).redirectUrl).searchParams.has('return'), false);
  });

  test('publicOrigin replaces the Host-derived origin in every URL', async (t) => {
    const { url } = await useSandbox(t, { publicOrigin: 'http://192.168.1.23:6006/' });
    const session = await newSession(url);
    for (const key of ['qrPayload', 'redirectUrl', 'shareUrl', 'statusUrl', 'eventsUrl']) {
      assert.ok(
        session[key].startsWith('http://192.168.1.23:6006/sandbox/'),
        `${key}: ${session[key]}`,
      );
    }
  });

  test('sends CORS headers so a page on another port can read the reply', async (t) => {
    const { url } = await useSandbox(t);
    const res = await createSession(url, {}, { headers: { origin: 'http://localhost:6006' } });
    assert.equal(res.status, 201);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
  });
});

describe('POST /sandbox/sessions validation', () => {
  /** @type {[string, Record<string, unknown>, string][]} */
  const invalid = [
    ['missing method', { method: undefined }, 'method'],
    ['empty method', { method: '' }, 'method'],
    ['blank method', { method: '   ' }, 'method'],
    ['non-string method', { method: 7 }, 'method'],
    ['missing amount', { amount: undefined }, 'amount'],
    ['numeric amount', { amount: 128 }, 'amount'],
    ['zero amount', { amount: '0.00' }, 'amount'],
    ['negative amount', { amount: '-1.00' }, 'amount'],
    ['three decimals', { amount: '1.005' }, 'amount'],
    ['comma decimal', { amount: '1,50' }, 'amount'],
    ['exponent', { amount: '1e3' }, 'amount'],
    ['empty amount', { amount: '' }, 'amount'],
    ['missing currency', { currency: undefined }, 'currency'],
    ['lowercase currency', { currency: 'cny' }, 'currency'],
    ['four-letter currency', { currency: 'CNYX' }, 'currency'],
    ['zero ttl', { ttlSeconds: 0 }, 'ttlSeconds'],
    ['ttl over a day', { ttlSeconds: 86_401 }, 'ttlSeconds'],
    ['fractional ttl', { ttlSeconds: 1.5 }, 'ttlSeconds'],
    ['string ttl', { ttlSeconds: '60' }, 'ttlSeconds'],
    ['empty flows', { flows: [] }, 'flows'],
    ['unknown flow', { flows: ['qr', 'sms'] }, 'flows[1]'],
    ['empty payee', { payee: '' }, 'payee'],
    ['long payee', { payee: 'x'.repeat(101) }, 'payee'],
    ['control characters in payee', { payee: 'a\nb' }, 'payee'],
    ['javascript: return URL', { returnUrl: 'javascript:alert(1)' }, 'returnUrl'],
    ['relative return URL', { returnUrl: '/orders/42' }, 'returnUrl'],
    ['unknown fault', { faults: { explode: true } }, 'faults.explode'],
    ['fault status out of range', { faults: { status: 200 } }, 'faults.status'],
  ];
  for (const [name, fields, field] of invalid) {
    test(`400 for ${name}`, async (t) => {
      const { url, sandbox } = await useSandbox(t);
      const res = await createSession(url, fields);
      assert.equal(res.status, 400);
      assert.equal(res.headers.get('access-control-allow-origin'), '*');
      const body = await res.json();
      assert.equal(body.error.code, 'invalid-field');
      assert.equal(body.error.field, field);
      assert.equal(typeof body.error.message, 'string');
      assert.ok(body.error.message.length > 10);
      assert.equal(sandbox.store.size, 0, 'nothing is created');
    });
  }

  test('accepts the boundary values', async (t) => {
    const { url } = await useSandbox(t);
    for (const fields of [
      { amount: '0.01' },
      { amount: '5' },
      { amount: '999999999999.99' },
      { ttlSeconds: 1 },
      { ttlSeconds: 86_400 },
      { currency: 'JPY', amount: '1235' },
      { payee: 'x'.repeat(100) },
    ]) {
      const res = await createSession(url, fields);
      assert.equal(res.status, 201, JSON.stringify(fields));
    }
  });

  test('400 invalid-body for JSON that is not an object', async (t) => {
    const { url } = await useSandbox(t);
    for (const body of ['[]', '"x"', '42', 'null']) {
      const res = await fetch(`${url}/sandbox/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      assert.equal(res.status, 400, body);
      assert.equal((await res.json()).error.code, 'invalid-body');
    }
  });

  test('400 invalid-json for a body that does not parse, or is empty', async (t) => {
    const { url } = await useSandbox(t);
    for (const body of ['{"method": "alipay",', '']) {
      const res = await fetch(`${url}/sandbox/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      assert.equal(res.status, 400);
      const { error } = await res.json();
      assert.equal(error.code, 'invalid-json');
      assert.equal(error.field, null);
    }
  });

  test('415 for a body that is not declared as JSON', async (t) => {
    const { url, sandbox } = await useSandbox(t);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', undefined]) {
      const res = await fetch(`${url}/sandbox/sessions`, {
        method: 'POST',
        headers: type ? { 'content-type': type } : {},
        body: type
          ? JSON.stringify({ method: 'alipay', amount: '1.00', currency: 'CNY' })
          : undefined,
      });
      assert.equal(res.status, 415, String(type));
      assert.equal((await res.json()).error.code, 'unsupported-media-type');
    }
    const charset = await createSession(
      url,
      {},
      { headers: { 'content-type': 'application/json; charset=utf-8' } },
    );
    assert.equal(charset.status, 201, 'a charset parameter is fine');
    assert.equal(sandbox.store.size, 1);
  });

  test('413 for a body over 16 KiB; 16 KiB exactly is accepted', async (t) => {
    const { url, sandbox } = await useSandbox(t);
    const base = JSON.stringify({ method: 'alipay', amount: '1.00', currency: 'CNY', pad: '' });
    const exact = base.replace('"pad":""', `"pad":"${'x'.repeat(16 * 1024 - base.length)}"`);
    assert.equal(Buffer.byteLength(exact), 16 * 1024);
    const ok = await fetch(`${url}/sandbox/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: exact,
    });
    assert.equal(ok.status, 201);
    const tooBig = await fetch(`${url}/sandbox/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `${exact} `,
    });
    assert.equal(tooBig.status, 413);
    assert.equal((await tooBig.json()).error.code, 'payload-too-large');
    assert.equal(sandbox.store.size, 1);
    // the connection is still usable after the refused upload
    assert.equal((await fetch(`${url}/sandbox/health`)).status, 200);
  });
  test('413 for a chunked upload over 16 KiB (no Content-Length)', async (t) => {
    const { port, sandbox } = await useSandbox(t);
    const reply = await rawPost(port, {}, (req) => {
      req.write('{"method":"alipay","amount":"1.00","currency":"CNY","pad":"');
      for (let i = 0; i < 17; i++) req.write('x'.repeat(1024));
      req.end('"}');
    });
    assert.equal(reply.status, 413);
    assert.equal(JSON.parse(reply.text).error.code, 'payload-too-large');
    assert.equal(sandbox.store.size, 0);
  });

  test('413 at once for a declared Content-Length over 16 KiB, before the body arrives', async (t) => {
    const { port } = await useSandbox(t);
    const started = Date.now();
    const reply = await rawPost(port, { 'content-length': '1000000' }, (req) => {
      req.write('{"method":'); // the rest never comes: only the declared length can tell
    });
    assert.equal(reply.status, 413);
    assert.ok(Date.now() - started < 2000);
  });
});

/**
 * POSTs with node:http so the test controls framing (chunked, or a Content-Length that lies).
 * Resolves with the reply; destroys the request afterwards.
 * @param {number} port
 * @param {Record<string, string>} headers
 * @param {(req: import('node:http').ClientRequest) => void} write
 * @returns {Promise<{status: number | undefined, text: string}>}
 */
function rawPost(port, headers, write) {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/sandbox/sessions',
        headers: { 'content-type': 'application/json', ...headers },
        timeout: 5000,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => {
          resolve({ status: res.statusCode, text });
          req.destroy();
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    write(req);
  });
}
