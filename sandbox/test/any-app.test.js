// @ts-check
// The any-app code (聚合码): the session type, its landing page, the landing page's session of the
// same order with `jsapi`, and the lookup the simulated pay sheets make before confirming.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, test } from 'node:test';
import { SANDBOX_APP_ID } from '../jsapi.js';
import { LANDING_CSP } from '../pages.js';
import { createSession, newSession, useSandbox } from '../testing.js';

const { fetch, AbortSignal } = globalThis;

/**
 * @param {string} url
 * @param {unknown} body
 */
async function postJson(url, body) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(5000),
  });
  return { status: res.status, body: await res.json() };
}

/**
 * The landing page's session for `method` (what its pay button fetches).
 * @param {string} base
 * @param {string} id
 * @param {string} method
 */
function landingSession(base, id, method) {
  return postJson(`${base}/sandbox/landing/${id}/session`, { method });
}

/** @param {string} base */
async function anyAppSession(base, fields = {}) {
  return newSession(base, { anyApp: true, ...fields });
}

describe('POST /sandbox/sessions with anyApp', () => {
  test('qrPayload is the landing page; scanWith names WeChat Pay and Alipay', async (t) => {
    const { url } = await useSandbox(t);
    const session = await anyAppSession(url);
    const landing = `${url}/sandbox/landing/${session.id}`;
    assert.equal(session.qrPayload, landing);
    assert.equal(session.redirectUrl, landing, 'a phone browser opens the landing page too');
    assert.deepEqual(session.scanWith, ['wechat-pay', 'alipay']);
    assert.equal(session.method, 'wechat-pay', 'method defaults to the first wallet');
    assert.equal(session.statusUrl, `${url}/sandbox/sessions/${session.id}/status`);
    assert.equal(session.eventsUrl, `${url}/sandbox/sessions/${session.id}/events`);
    assert.ok(Date.parse(session.expiresAt) > Date.now());
    assert.equal('jsapi' in session, false, 'the desktop session carries no jsapi');
    const again = await (await fetch(`${url}/sandbox/sessions/${session.id}`)).json();
    assert.deepEqual(again.scanWith, ['wechat-pay', 'alipay']);
  });

  test('type "any-app" is the same; scanWith may add UnionPay and is kept in order', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url, {
      type: 'any-app',
      method: 'alipay',
      scanWith: ['unionpay', 'alipay', 'wechat-pay'],
    });
    assert.equal(session.method, 'alipay');
    assert.deepEqual(session.scanWith, ['wechat-pay', 'alipay', 'unionpay']);
    const plain = await newSession(url, { type: 'wallet' });
    assert.equal('scanWith' in plain, false);
    assert.match(plain.qrPayload, /\/sandbox\/pay\//);
  });

  test('refuses a malformed anyApp, type or scanWith with a 400 naming the field', async (t) => {
    const { url } = await useSandbox(t);
    /** @type {[Record<string, unknown>, string][]} */
    const cases = [
      [{ anyApp: 'yes' }, 'anyApp'],
      [{ type: 'aggregated' }, 'type'],
      [{ scanWith: ['alipay'] }, 'scanWith'],
      [{ anyApp: true, scanWith: [] }, 'scanWith'],
      [{ anyApp: true, scanWith: 'alipay' }, 'scanWith'],
      [{ anyApp: true, scanWith: ['alipay', 'paypal'] }, 'scanWith[1]'],
    ];
    for (const [fields, field] of cases) {
      const res = await createSession(url, fields);
      const body = await res.json();
      assert.equal(res.status, 400, JSON.stringify(fields));
      assert.equal(body.error.field, field, JSON.stringify(fields));
    }
    const noMethod = await fetch(`${url}/sandbox/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ amount: '1.00', currency: 'CNY' }),
    });
    assert.equal(noMethod.status, 400, 'method is still required for a one-wallet session');
  });

  test('with a LAN scan origin, the code points there and the rest stays local', async (t) => {
    const { url } = await useSandbox(t, { scanOrigin: 'http://192.168.1.23:6007' });
    const session = await anyAppSession(url);
    assert.equal(session.qrPayload, `http://192.168.1.23:6007/sandbox/landing/${session.id}`);
    assert.equal(session.statusUrl, `${url}/sandbox/sessions/${session.id}/status`);
    assert.equal(session.redirectUrl, `${url}/sandbox/landing/${session.id}`);
  });
});

describe('GET /sandbox/landing/:id (the landing page)', () => {
  test('the order, the picker with the code’s wallets, the built module; a strict CSP', async (t) => {
    const { url } = await useSandbox(t);
    const session = await anyAppSession(url, {
      payee: 'Tea & <Cakes>',
      scanWith: ['wechat-pay', 'alipay', 'unionpay'],
    });
    const res = await fetch(`${url}/sandbox/landing/${session.id}?lang=zh-CN`);
    const html = await res.text();
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-security-policy'), LANDING_CSP);
    assert.match(LANDING_CSP, /script-src 'self'/);
    assert.match(LANDING_CSP, /require-trusted-types-for 'script'/);
    assert.doesNotMatch(LANDING_CSP, /unsafe-inline/);
    assert.match(html, /<html lang="zh-CN"/);
    assert.match(html, /¥128\.00/);
    assert.match(html, /Tea &amp; &lt;Cakes&gt;/);
    assert.doesNotMatch(html, /<Cakes>/);
    assert.match(html, new RegExp(`data-landing-order="${session.id}"`));
    assert.match(html, /<payment-picker name="method" required prefer-in-app /);
    const options = [...html.matchAll(/<payment-option value="([^"]+)">/g)].map((m) => m[1]);
    assert.deepEqual(options, ['wechat-pay', 'alipay', 'unionpay']);
    assert.match(html, /<wallet-redirect data-landing-wallet hidden>/);
    // Scripts only from files: no inline script for the CSP to refuse.
    const scripts = [...html.matchAll(/<script([^>]*)>([^<]*)<\/script>/g)];
    assert.ok(scripts.length >= 1);
    for (const [, attributes, body] of scripts) {
      assert.match(attributes, / type="module" src="\/sandbox\/assets\//);
      assert.equal(body, '');
    }
    const built = existsSync(new URL('../../dist/cdn/payment-picker.min.js', import.meta.url));
    assert.equal(html.includes('/sandbox/assets/cdn/payment-picker.min.js'), built);
    assert.equal(html.includes('npm run build'), !built, 'says how to build when it is missing');
  });

  test('404 for a one-wallet session or an unknown id; a result page once final', async (t) => {
    const { url } = await useSandbox(t);
    const plain = await newSession(url);
    assert.equal((await fetch(`${url}/sandbox/landing/${plain.id}`)).status, 404);
    assert.equal((await fetch(`${url}/sandbox/landing/nope`)).status, 404);
    const session = await anyAppSession(url);
    await fetch(`${url}/sandbox/pay/${session.id}/confirm`, {
      method: 'POST',
      headers: { accept: 'application/json' },
    });
    const res = await fetch(`${url}/sandbox/landing/${session.id}`);
    assert.equal(res.status, 200);
    assert.match(await res.text(), /Payment confirmed/);
  });

  test('serves its scripts, and the built module only from dist/cdn/', async (t) => {
    const { url } = await useSandbox(t);
    for (const name of ['landing.js', 'simulated-bridges.js']) {
      const res = await fetch(`${url}/sandbox/assets/${name}`);
      assert.equal(res.status, 200, name);
      assert.match(res.headers.get('content-type') ?? '', /^text\/javascript/);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      await res.text();
    }
    assert.equal((await fetch(`${url}/sandbox/assets/server.js`)).status, 404);
    assert.equal((await fetch(`${url}/sandbox/assets/cdn/..%2F..%2Fpackage.json`)).status, 404);
    assert.equal((await fetch(`${url}/sandbox/assets/cdn/%2E%2E%2Fserver.js`)).status, 404);
    if (existsSync(new URL('../../dist/cdn/payment-picker.min.js', import.meta.url))) {
      const res = await fetch(`${url}/sandbox/assets/cdn/payment-picker.min.js`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /^text\/javascript/);
      await res.text();
    }
  });
});

describe('POST /sandbox/landing/:id/session (the same order, in the chosen wallet)', () => {
  test('WeChat Pay: the same order with the six getBrandWCPayRequest fields', async (t) => {
    const { url } = await useSandbox(t);
    const order = await anyAppSession(url);
    const { status, body } = await landingSession(url, order.id, 'wechat-pay');
    assert.equal(status, 200);
    assert.equal(body.id, order.id);
    assert.equal(body.method, 'wechat-pay');
    assert.equal(body.amount, order.amount);
    assert.equal(body.expiresAt, order.expiresAt);
    assert.equal(body.statusUrl, order.statusUrl);
    assert.equal(body.eventsUrl, order.eventsUrl);
    assert.equal('qrPayload' in body, false, 'nobody scans their own screen');
    assert.equal('scanWith' in body, false);
    assert.match(body.redirectUrl, new RegExp(`/sandbox/pay/${order.id}\\?via=redirect&return=`));
    assert.equal(new URL(body.redirectUrl).searchParams.get('return'), order.qrPayload);
    const { jsapi } = body;
    assert.deepEqual(Object.keys(jsapi), [
      'appId',
      'timeStamp',
      'nonceStr',
      'package',
      'signType',
      'paySign',
    ]);
    assert.equal(jsapi.appId, SANDBOX_APP_ID);
    assert.match(jsapi.appId, /^wx[0-9a-f]{16}$/);
    assert.match(jsapi.timeStamp, /^\d{10}$/);
    assert.ok(Math.abs(Number(jsapi.timeStamp) - Date.now() / 1000) < 60);
    assert.match(jsapi.nonceStr, /^[A-Za-z0-9]{32}$/);
    assert.match(jsapi.package, /^prepay_id=wx\d{14}[0-9a-f]{20}$/);
    assert.equal(jsapi.signType, 'RSA');
    assert.match(jsapi.paySign, /^[A-Za-z0-9+/]{342}==$/, 'a 2048-bit RSA signature in Base64');
    const again = await landingSession(url, order.id, 'wechat-pay');
    assert.deepEqual(again.body.jsapi, jsapi, 'the same prepay id for the same order');
  });

  test('Alipay: tradeNO; UnionPay: no jsapi, the redirect flow', async (t) => {
    const { url } = await useSandbox(t);
    const order = await anyAppSession(url, { scanWith: ['wechat-pay', 'alipay', 'unionpay'] });
    const alipay = await landingSession(url, order.id, 'alipay');
    assert.equal(alipay.status, 200);
    assert.equal(alipay.body.id, order.id);
    assert.deepEqual(Object.keys(alipay.body.jsapi), ['tradeNO']);
    assert.match(alipay.body.jsapi.tradeNO, /^\d{8}2200\d{16}$/);
    const unionpay = await landingSession(url, order.id, 'unionpay');
    assert.equal(unionpay.status, 200);
    assert.equal('jsapi' in unionpay.body, false);
    assert.match(unionpay.body.redirectUrl, /\/sandbox\/pay\//);
    // The wallet page now names the wallet chosen on the phone.
    const page = await (await fetch(`${url}/sandbox/pay/${order.id}`)).text();
    assert.match(page, /UnionPay/);
  });

  test('refuses a wallet the code does not list, an unknown order, a final one', async (t) => {
    const { url } = await useSandbox(t);
    const order = await anyAppSession(url);
    const other = await landingSession(url, order.id, 'unionpay');
    assert.equal(other.status, 400);
    assert.equal(other.body.error.field, 'method');
    const plain = await newSession(url);
    assert.equal((await landingSession(url, plain.id, 'wechat-pay')).status, 404);
    await fetch(`${url}/sandbox/sessions/${order.id}/cancel`, { method: 'POST' });
    const late = await landingSession(url, order.id, 'wechat-pay');
    assert.equal(late.status, 409);
    assert.equal(late.body.error.code, 'session-final');
  });
});

describe('POST /sandbox/jsapi/lookup (what the simulated pay sheets ask first)', () => {
  test('finds the order by the exact payment data; confirming it pays the desktop’s order', async (t) => {
    const { url } = await useSandbox(t);
    const order = await anyAppSession(url, { payee: 'Tea House' });
    const { body } = await landingSession(url, order.id, 'wechat-pay');
    const found = await postJson(`${url}/sandbox/jsapi/lookup`, {
      method: 'wechat-pay',
      jsapi: body.jsapi,
    });
    assert.equal(found.status, 200);
    assert.deepEqual(found.body, {
      id: order.id,
      method: 'wechat-pay',
      amount: '128.00',
      currency: 'CNY',
      payee: 'Tea House',
      expiresAt: order.expiresAt,
      status: 'pending',
    });
    const confirm = await fetch(`${url}/sandbox/pay/${found.body.id}/confirm`, {
      method: 'POST',
      headers: { accept: 'application/json' },
    });
    assert.equal(confirm.status, 200);
    const status = await (await fetch(order.statusUrl)).json();
    assert.deepEqual(status, { id: order.id, status: 'paid' });
  });

  test('Alipay by tradeNO; declining fails the order', async (t) => {
    const { url } = await useSandbox(t);
    const order = await anyAppSession(url);
    const { body } = await landingSession(url, order.id, 'alipay');
    const found = await postJson(`${url}/sandbox/jsapi/lookup`, {
      method: 'alipay',
      jsapi: body.jsapi,
    });
    assert.equal(found.body.id, order.id);
    await fetch(`${url}/sandbox/pay/${order.id}/decline`, {
      method: 'POST',
      headers: { accept: 'application/json' },
    });
    assert.equal((await (await fetch(order.statusUrl)).json()).status, 'failed');
  });

  test('a changed field is refused (400 invalid-jsapi); unknown data is 404', async (t) => {
    const { url } = await useSandbox(t);
    const order = await anyAppSession(url);
    const { body } = await landingSession(url, order.id, 'wechat-pay');
    for (const field of ['appId', 'timeStamp', 'nonceStr', 'signType', 'paySign']) {
      const tampered = { ...body.jsapi, [field]: `${body.jsapi[field]}x` };
      const res = await postJson(`${url}/sandbox/jsapi/lookup`, {
        method: 'wechat-pay',
        jsapi: tampered,
      });
      assert.equal(res.status, 400, field);
      assert.equal(res.body.error.code, 'invalid-jsapi', field);
    }
    const extra = await postJson(`${url}/sandbox/jsapi/lookup`, {
      method: 'wechat-pay',
      jsapi: { ...body.jsapi, total_fee: '1' },
    });
    assert.equal(extra.status, 400);
    const unknown = await postJson(`${url}/sandbox/jsapi/lookup`, {
      method: 'alipay',
      jsapi: { tradeNO: '2026010122000000000000000000' },
    });
    assert.equal(unknown.status, 404);
    const wrongMethod = await postJson(`${url}/sandbox/jsapi/lookup`, {
      method: 'unionpay',
      jsapi: {},
    });
    assert.equal(wrongMethod.status, 400);
  });
});

describe('the simulation stays out of the package', () => {
  test('npm pack lists nothing from sandbox/, and no built file carries the simulation', async () => {
    const { execFile } = await import('node:child_process');
    const { readFile } = await import('node:fs/promises');
    const root = new URL('../../', import.meta.url);
    const stdout = await new Promise((resolve, reject) => {
      execFile(
        'npm',
        ['pack', '--dry-run', '--json', '--ignore-scripts'],
        { cwd: root, timeout: 30_000 },
        (error, out) => (error ? reject(error) : resolve(out)),
      );
    });
    const [pack] = JSON.parse(/** @type {string} */ (stdout));
    /** @type {string[]} */
    const files = pack.files.map((/** @type {{path: string}} */ file) => file.path);
    assert.ok(files.length > 0);
    assert.deepEqual(
      files.filter((path) => path.startsWith('sandbox/') || /simulat/i.test(path)),
      [],
    );
    for (const path of files.filter((file) => file.endsWith('.js'))) {
      const text = await readFile(new URL(path, root), 'utf8');
      assert.doesNotMatch(text, /installSimulatedBridge|Simulated WeChat Pay/, path);
    }
  });
});
