// @ts-check
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, request } from 'node:http';
import { clearTimeout, setTimeout } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { createSandbox } from '../app.js';
import { lanAddresses, startSandbox } from '../server.js';
import { newSession, useSandbox } from '../testing.js';

const { fetch, AbortSignal } = globalThis;
const SERVER = fileURLToPath(new URL('../server.js', import.meta.url));

describe('routing', () => {
  test('GET /sandbox/health → {ok: true}', async (t) => {
    const { url } = await useSandbox(t);
    const res = await fetch(`${url}/sandbox/health`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { ok: true });
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
  });

  test('404 JSON for unknown routes, inside and outside /sandbox/', async (t) => {
    const { url } = await useSandbox(t);
    for (const path of ['/sandbox/nope', '/sandbox', '/', '/sandboxes/health', '/sandbox/pay/']) {
      const res = await fetch(`${url}${path}`);
      assert.equal(res.status, 404, path);
      const { error } = await res.json();
      assert.equal(error.code, 'not-found', path);
    }
  });

  test('405 with Allow for a known route and the wrong method', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url);
    const get = await fetch(`${url}/sandbox/pay/${session.id}/confirm`);
    assert.equal(get.status, 405);
    assert.equal(get.headers.get('allow'), 'POST, OPTIONS');
    assert.equal((await get.json()).error.code, 'method-not-allowed');
    const del = await fetch(session.statusUrl, { method: 'DELETE' });
    assert.equal(del.status, 405);
    assert.equal(del.headers.get('allow'), 'GET, POST, HEAD, OPTIONS');
  });

  test('HEAD works on GET routes', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url);
    const res = await fetch(session.statusUrl, { method: 'HEAD' });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/);
    assert.equal(await res.text(), '');
  });

  test('CORS preflight from another localhost port', async (t) => {
    const { url } = await useSandbox(t);
    const res = await fetch(`${url}/sandbox/sessions`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:6006',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
        'access-control-request-private-network': 'true',
      },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.match(res.headers.get('access-control-allow-methods') ?? '', /\bPOST\b/);
    assert.equal(res.headers.get('access-control-allow-headers'), 'content-type');
    assert.equal(res.headers.get('access-control-allow-private-network'), 'true');
    assert.equal(res.headers.get('access-control-max-age'), '600');

    const events = await fetch(`${url}/sandbox/sessions/abc/events`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:6006', 'access-control-request-method': 'GET' },
    });
    assert.equal(events.status, 204);
    assert.match(events.headers.get('access-control-allow-headers') ?? '', /last-event-id/);
    assert.equal(events.headers.get('access-control-allow-private-network'), null);
  });

  test('derives URLs from the Host header, and refuses a Host that is not a host', async (t) => {
    const { port } = await useSandbox(t);
    /** @param {string} host */
    const post = (host) =>
      new Promise((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            path: '/sandbox/sessions',
            headers: { host, 'content-type': 'application/json' },
          },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk) => (text += chunk));
            res.on('end', () => resolve({ status: res.statusCode, body: JSON.parse(text) }));
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify({ method: 'alipay', amount: '1.00', currency: 'CNY' }));
      });
    const lan = /** @type {any} */ (await post('192.168.1.23:4010'));
    assert.equal(lan.status, 201);
    assert.equal(lan.body.qrPayload, `http://192.168.1.23:4010/sandbox/pay/${lan.body.id}`);
    const evil = /** @type {any} */ (await post('evil.example/"><script>'));
    assert.equal(evil.status, 400);
    assert.equal(evil.body.error.code, 'invalid-host');
  });
});

describe('as middleware', () => {
  /**
   * A tiny Connect-like host: the sandbox first, then the "app" (what Storybook or Vite would serve).
   * @param {import('node:test').TestContext} t
   * @param {(req: any) => void} [rewrite] simulates mounting under a path prefix
   */
  async function host(t, rewrite) {
    const sandbox = createSandbox();
    const server = createServer((req, res) => {
      rewrite?.(req);
      void sandbox.handle(req, res, () => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('the shop');
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    t.after(() => {
      sandbox.close();
      server.closeAllConnections();
      server.close();
    });
    const address = /** @type {import('node:net').AddressInfo} */ (server.address());
    return `http://127.0.0.1:${address.port}`;
  }

  test('handles /sandbox/ and passes everything else to next()', async (t) => {
    const base = await host(t);
    assert.equal(await (await fetch(`${base}/`)).text(), 'the shop');
    assert.equal(await (await fetch(`${base}/iframe.html?id=x`)).text(), 'the shop');
    assert.deepEqual(await (await fetch(`${base}/sandbox/health`)).json(), { ok: true });
    const session = await newSession(base);
    assert.ok(session.statusUrl.startsWith(`${base}/sandbox/sessions/`));
    assert.equal(
      (await fetch(`${base}/sandbox/unknown`)).status,
      404,
      'the sandbox owns /sandbox/',
    );
  });

  test('uses originalUrl when mounted under a prefix (connect.use("/sandbox", …))', async (t) => {
    const base = await host(t, (req) => {
      if (req.url.startsWith('/sandbox')) {
        req.originalUrl = req.url;
        req.url = req.url.slice('/sandbox'.length) || '/';
      }
    });
    assert.deepEqual(await (await fetch(`${base}/sandbox/health`)).json(), { ok: true });
  });
});

describe('startSandbox and the CLI', () => {
  test('startSandbox binds an ephemeral loopback port and closes cleanly', async () => {
    const running = await startSandbox({ port: 0 });
    assert.match(running.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.ok(running.port > 0);
    const session = await newSession(running.url);
    const stream = await fetch(session.eventsUrl); // an open SSE stream must not block close()
    assert.equal(stream.status, 200);
    await running.close();
    await running.close(); // idempotent
    await assert.rejects(fetch(`${running.url}/sandbox/health`), TypeError);
    await stream.body?.cancel().catch(() => {});
  });

  test('close() does not wait for a request held by an injected delay', async () => {
    const running = await startSandbox({ port: 0 });
    const session = await newSession(running.url);
    const held = fetch(`${session.statusUrl}?fault=delay:60000`).then(
      () => 'answered',
      () => 'failed',
    );
    await sleep(100); // let the request reach the server and start its delay
    try {
      const closed = await Promise.race([
        running.close().then(() => 'closed'),
        sleep(1000).then(() => 'still open'),
      ]);
      assert.equal(closed, 'closed');
      assert.equal(await held, 'failed');
    } finally {
      running.server.closeAllConnections(); // never leave the test process hanging on failure
    }
  });

  test('lanAddresses lists IPv4 non-internal addresses only', () => {
    for (const address of lanAddresses()) {
      assert.match(address, /^\d+\.\d+\.\d+\.\d+$/);
      assert.notEqual(address, '127.0.0.1');
    }
  });

  test('node sandbox/server.js prints its URL, serves, and stops on SIGTERM', async (t) => {
    const child = spawn(process.execPath, [SERVER, '--port', '0', '--host', '127.0.0.1'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    t.after(() => {
      if (child.exitCode === null) child.kill('SIGKILL');
    });
    let output = '';
    child.stdout.setEncoding('utf8');
    const local = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${output}`)), 5000);
      child.stdout.on('data', (chunk) => {
        output += chunk;
        const match = /Local:\s+(http:\/\/127\.0\.0\.1:\d+)\/sandbox\//.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.once('exit', () => reject(new Error(`exited early: ${output}`)));
    });
    assert.match(output, /Sandbox wallet provider/);
    assert.match(output, /--host 0\.0\.0\.0/, 'explains how to reach it from a phone');
    const res = await fetch(`${local}/sandbox/health`, { signal: AbortSignal.timeout(5000) });
    assert.deepEqual(await res.json(), { ok: true });
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
  });

  for (const [args, message] of [
    [['--port', 'abc'], /--port must be a number/],
    [['--port', '70000'], /--port must be a number/],
    [['--ttl', '0'], /--ttl must be a whole number/],
    [['--colour'], /Unknown option '--colour'/],
  ]) {
    test(`the CLI refuses ${args.join(' ')} with exit code 2`, async () => {
      const child = spawn(process.execPath, [SERVER, '--host', '127.0.0.1', ...args], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (chunk) => (stderr += chunk));
      const [code] = await once(child, 'exit');
      assert.equal(code, 2);
      assert.match(stderr, message);
    });
  }
});
